package dev.lekha.hub.bankrecon;

import dev.lekha.domain.recon.BankLine;
import dev.lekha.domain.recon.BankReconciliations;
import dev.lekha.domain.recon.BankReconciliations.MatchRow;
import dev.lekha.domain.recon.BankReconciliations.OpenItemRow;
import dev.lekha.domain.recon.ReconException;
import dev.lekha.hub.security.CompanyScope;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bank reconciliation over REST: a company account's lines still open with their suggestions, the open items to
 * match by hand (search by number, party or amount), and the decisions (confirm or reject a suggestion, match a
 * line to an item by hand, post a line to a ledger account), each audited. Errors: 404/409 as problem details.
 */
@RestController
@RequestMapping("/api/bank-recon")
public class BankReconApi {

    private final BankReconciliations recon;
    private final BankReconActions actions;
    private final CompanyScope scope;

    public BankReconApi(BankReconciliations recon, BankReconActions actions, CompanyScope scope) {
        this.recon = recon;
        this.actions = actions;
        this.scope = scope;
    }

    /** A line still open with its matches and suggestions. */
    public record OpenLine(BankLine line, List<MatchRow> matches) {
    }

    @GetMapping("/lines")
    public List<OpenLine> lines(@RequestParam long companyId, @RequestParam long bankAccountId,
                                @RequestParam(defaultValue = "200") int limit) {
        scope.check(companyId);
        return recon.openLines(companyId, bankAccountId, Math.min(Math.max(limit, 1), 1000)).stream()
                .map(l -> new OpenLine(l, recon.matchesOf(companyId, l.id()))).toList();
    }

    @GetMapping("/open-items")
    public List<OpenItemRow> openItems(@RequestParam long companyId, @RequestParam(defaultValue = "") String q) {
        scope.check(companyId);
        return recon.searchOpenItems(companyId, q, 50);
    }

    @PostMapping("/matches/{matchId}/confirm")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Object> confirm(@PathVariable long matchId, @RequestParam long companyId, Principal caller) {
        scope.check(companyId);
        actions.confirm(companyId, matchId, caller.getName());
        return Map.of("matchId", matchId, "status", "CONFIRMED");
    }

    @PostMapping("/matches/{matchId}/reject")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Object> reject(@PathVariable long matchId, @RequestParam long companyId, Principal caller) {
        scope.check(companyId);
        actions.reject(companyId, matchId, caller.getName());
        return Map.of("matchId", matchId, "status", "REJECTED");
    }

    @PostMapping("/lines/{lineId}/match")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Object> match(@PathVariable long lineId, @RequestParam long companyId,
                                     @RequestParam String targetType, @RequestParam long targetId, Principal caller) {
        scope.check(companyId);
        actions.matchByHand(companyId, lineId, targetType, targetId, caller.getName());
        return Map.of("lineId", lineId, "matches", recon.matchesOf(companyId, lineId));
    }

    @PostMapping("/lines/{lineId}/post")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Object> post(@PathVariable long lineId, @RequestParam long companyId,
                                    @RequestParam long ledgerAccountId, Principal caller) {
        scope.check(companyId);
        long journal = actions.postToLedger(companyId, lineId, ledgerAccountId, caller.getName());
        return Map.of("lineId", lineId, "journalEntryId", journal);
    }

    @ExceptionHandler(ReconException.class)
    ProblemDetail refused(ReconException e) {
        HttpStatus status = e.getMessage().contains(" has no ") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setTitle(status == HttpStatus.NOT_FOUND ? "Not found" : "Not possible for this line");
        return p;
    }
}
