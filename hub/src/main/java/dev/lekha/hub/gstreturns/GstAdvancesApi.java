package dev.lekha.hub.gstreturns;

import dev.lekha.domain.gstadvance.GstAdvances;
import dev.lekha.domain.gstadvance.InvalidAdvanceException;
import dev.lekha.domain.gstadvance.NewAdvance;
import dev.lekha.hub.security.CompanyScope;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/gst/advances}: an advance received (GSTR-1 table 11A) or adjusted (11B) from the ERP, e.g.
 * {@code {"supplierGstin":"27…","kind":"RECEIVED","reference":"RV-12","date":"2026-11-05","placeOfSupply":"29",
 * "gstRate":18,"amount":10000.00}}; 201 with the tax Lekha computed, 200 {@code duplicate:true} for a resend,
 * 400 naming every bad field. {@code GET /api/gst/advances?companyId=&gstin=&period=} lists a period's advances.
 */
@RestController
@RequestMapping("/api/gst/advances")
public class GstAdvancesApi {

    private final GstAdvances advances;
    private final CompanyScope scope;
    private final TransactionTemplate tx;

    public GstAdvancesApi(GstAdvances advances, CompanyScope scope, PlatformTransactionManager transactions) {
        this.advances = advances;
        this.scope = scope;
        this.tx = new TransactionTemplate(transactions);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public ResponseEntity<GstAdvances.Advance> record(@RequestBody NewAdvance advance) {
        // the scope check inside the transaction: an advance of another company's GSTIN rolls back
        GstAdvances.Advance stored = tx.execute(s -> {
            GstAdvances.Advance a = advances.record(advance);
            scope.check(a.companyId());
            return a;
        });
        return ResponseEntity.status(stored.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(stored);
    }

    @GetMapping
    public List<GstAdvances.Advance> list(@RequestParam long companyId, @RequestParam String gstin,
                                          @RequestParam String period) {
        scope.check(companyId);
        return advances.inPeriod(companyId, gstin, period);
    }

    @ExceptionHandler(InvalidAdvanceException.class)
    ProblemDetail invalid(InvalidAdvanceException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid advance");
        p.setProperty("errors", e.problems().stream().map(s -> {
            int colon = s.indexOf(':');
            return Map.of("field", s.substring(0, colon), "message", s.substring(colon + 1).trim());
        }).toList());
        return p;
    }
}
