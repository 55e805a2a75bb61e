package dev.lekha.hub.einvoice;

import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.einvoice.TransportDetails;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.mappings.einvoice.GeneratedEwayBill;
import dev.lekha.routes.einvoice.EinvoiceEwayBills;
import dev.lekha.routes.einvoice.EinvoiceOperationException;
import dev.lekha.routes.einvoice.Einvoicing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A document's e-invoice over REST: {@code GET /api/invoices/{id}/einvoice} (any role within the
 * caller's companies); cancel, e-way bill and send-now (ADMIN, FINANCE); the PDF link points at the
 * {@code EINVOICE_PDF} artifact, downloaded (and audited) through {@code /api/artifacts/{id}/content}.
 * Failures are problem details: 400 bad request, 404 unknown, 409 wrong state, 422 refused by the IRP
 * (with its codes in {@code errors}), 503 IRP unreachable.
 */
@RestController
@RequestMapping("/api/invoices/{id}")
public class EinvoiceApi {

    private final EinvoiceViews views;
    private final Einvoicing einvoicing;
    private final EinvoiceEwayBills ewayBills;
    private final EinvoicePdfArtifacts pdfs;
    private final CompanyScope companyScope;

    public EinvoiceApi(EinvoiceViews views, Einvoicing einvoicing, EinvoiceEwayBills ewayBills,
                       EinvoicePdfArtifacts pdfs, CompanyScope companyScope) {
        this.views = views;
        this.einvoicing = einvoicing;
        this.ewayBills = ewayBills;
        this.pdfs = pdfs;
        this.companyScope = companyScope;
    }

    @GetMapping("/einvoice")
    public EinvoiceView einvoice(@PathVariable long id) {
        companyScope.check(views.document(id).getCompanyId());
        return views.view(id);
    }

    /** Body {@code {"reason":"2","remark":"Wrong quantity"}}; reason 1 duplicate, 2 data entry mistake, 3 order cancelled, 4 others. */
    @PostMapping("/einvoice/cancel")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Object> cancel(@PathVariable long id, @RequestBody CancelRequest request) {
        companyScope.check(views.document(id).getCompanyId());
        Instant at = einvoicing.cancel(id, request.reason(), request.remark());
        return Map.of("documentId", id, "status", "CANCELLED", "cancelDate", at.toString());
    }

    /** Transport details as in the invoice JSON's {@code transport} block. */
    @PostMapping("/ewaybill")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Object> ewayBill(@PathVariable long id, @RequestBody TransportRequest request) {
        companyScope.check(views.document(id).getCompanyId());
        GeneratedEwayBill bill = ewayBills.generate(id, request.toDetails());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("documentId", id);
        body.put("ewbNo", bill.ewbNo());
        body.put("ewbDate", bill.ewbDate().toString());
        body.put("ewbValidTill", bill.validTill() == null ? null : bill.validTill().toString());
        return body;
    }

    @PostMapping("/einvoice/retry")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public ResponseEntity<Map<String, Object>> retry(@PathVariable long id) {
        companyScope.check(views.document(id).getCompanyId());
        einvoicing.retryNow(id);
        return ResponseEntity.accepted().body(Map.of("documentId", id, "status", "PENDING"));
    }

    /** Makes (once) the invoice PDF artifact and returns its id and download path. */
    @PostMapping("/einvoice/pdf")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public Map<String, Object> pdf(@PathVariable long id) {
        companyScope.check(views.document(id).getCompanyId());
        StoredArtifact a = pdfs.pdfOf(id);
        return Map.of("artifactId", a.id(), "kind", a.kind(), "fileName", a.fileName(), "sha256", a.sha256(),
                "content", "/api/artifacts/" + a.id() + "/content");
    }

    @ExceptionHandler(EinvoiceOperationException.class)
    ProblemDetail refused(EinvoiceOperationException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID_REQUEST -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case WRONG_STATE -> HttpStatus.CONFLICT;
            case REFUSED_BY_IRP -> HttpStatus.UNPROCESSABLE_CONTENT;
            case IRP_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(switch (e.kind()) {
            case INVALID_REQUEST -> "Invalid request";
            case NOT_FOUND -> "Not found";
            case WRONG_STATE -> "Not possible in the e-invoice's state";
            case REFUSED_BY_IRP -> "Refused by the IRP";
            case IRP_UNAVAILABLE -> "IRP unavailable; try again later";
        });
        problem.setProperty("errors", e.errors());
        return problem;
    }

    public record CancelRequest(String reason, String remark) {
    }

    public record TransportRequest(String transporterId, String transporterName, String mode, Integer distanceKm,
                                   String documentNumber, LocalDate documentDate, String vehicleNumber,
                                   Boolean overDimensionalCargo) {
        TransportDetails toDetails() {
            TransportDetails.Mode m = null;
            if (mode != null && !mode.isBlank()) {
                try {
                    m = TransportDetails.Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new EinvoiceOperationException(EinvoiceOperationException.Kind.INVALID_REQUEST, "mode",
                            "'" + mode + "' is not a mode of transport: use ROAD, RAIL, AIR or SHIP");
                }
            }
            if (distanceKm != null && (distanceKm < 0 || distanceKm > 4000)) {
                throw new EinvoiceOperationException(EinvoiceOperationException.Kind.INVALID_REQUEST, "distanceKm",
                        distanceKm + " km is outside 0-4000");
            }
            return new TransportDetails(blank(transporterId), blank(transporterName), m,
                    distanceKm == null ? 0 : distanceKm, blank(documentNumber), documentDate,
                    blank(vehicleNumber) == null ? null : vehicleNumber.trim().toUpperCase(Locale.ROOT),
                    Boolean.TRUE.equals(overDimensionalCargo));
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }
}
