package dev.lekha.hub.gstrecon;

import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gstr2b.GstReconciliations;
import dev.lekha.domain.gstr2b.ReconDecisionException;
import dev.lekha.hub.jobs.CompanyChoices;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.routes.gstfiling.GstFilingException;
import dev.lekha.routes.gstr2b.Gstr2bDownloads;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /gst-recon}: the GSTR-2B reconciliation of one GSTIN's financial year, line by line with both documents,
 * the rule that paired them and why; buttons to accept or reject a suggestion, undo a match, match two documents by
 * hand, and download the 2B from the portal.
 */
@Controller
public class GstReconScreens {

    private final ReconView view;
    private final GstReconciliations reconciliations;
    private final Gstr2bDownloads downloads;
    private final GstRegistrations registrations;
    private final CompanyChoices companies;
    private final CompanyScope scope;
    private final Clock clock;

    public GstReconScreens(ReconView view, GstReconciliations reconciliations, Gstr2bDownloads downloads,
                           GstRegistrations registrations, CompanyChoices companies, CompanyScope scope, Clock clock) {
        this.view = view;
        this.reconciliations = reconciliations;
        this.downloads = downloads;
        this.registrations = registrations;
        this.companies = companies;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/gst-recon")
    public String lines(@RequestParam(required = false) Long companyId, @RequestParam(required = false) String gstin,
                        @RequestParam(required = false) String period, @RequestParam(required = false) String outcome,
                        Model model) {
        long company = companies.select(companyId, model);
        List<String> gstins = registrations.findByCompanyIdOrderByGstin(company).stream()
                .map(GstRegistration::getGstin).toList();
        String chosen = gstin != null && gstins.contains(gstin) ? gstin : gstins.isEmpty() ? null : gstins.get(0);
        GstReturnPeriod p = period == null || period.isBlank()
                ? GstReturnPeriod.of(LocalDate.now(clock.withZone(ZoneId.of("Asia/Kolkata")))) : GstReconApi.period(period);
        String filter = GstReconApi.outcome(outcome);
        model.addAttribute("gstins", gstins);
        model.addAttribute("gstin", chosen);
        model.addAttribute("period", p.toString());
        model.addAttribute("outcome", filter);
        model.addAttribute("outcomes", List.of("EXACT_MATCH", "SUGGESTED_MATCH", "MISMATCH", "MISSING_IN_2B",
                "MISSING_IN_BOOKS", "MANUAL_MATCH"));
        if (chosen != null) {
            List<ReconView.Row> all = view.rows(company, GstReconApi.gstin(chosen), p, null);
            model.addAttribute("counts", view.counts(all));
            model.addAttribute("rows", filter == null ? all : all.stream().filter(r -> r.outcome().equals(filter)).toList());
            model.addAttribute("unmatchedBooks", all.stream().filter(r -> r.outcome().equals("MISSING_IN_2B"))
                    .map(ReconView.Row::books).toList());
            model.addAttribute("unmatchedPortal", all.stream().filter(r -> r.outcome().equals("MISSING_IN_BOOKS"))
                    .map(ReconView.Row::gstr2b).toList());
        } else {
            model.addAttribute("rows", List.of());
        }
        return "gst-recon/lines";
    }

    @PostMapping("/gst-recon/lines/{lineId}/{action}")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public String decide(@PathVariable long lineId, @PathVariable String action, @RequestParam long companyId,
                         @RequestParam String gstin, @RequestParam String period, Principal caller,
                         RedirectAttributes flash) {
        scope.check(companyId);
        return act(flash, companyId, gstin, period, () -> switch (action) {
            case "accept" -> "Accepted: line " + reconciliations.accept(companyId, lineId, caller.getName()).id()
                    + " counts as matched";
            case "reject" -> "Rejected: the two documents will not be proposed together again (line "
                    + reconciliations.reject(companyId, lineId, caller.getName()).id() + ")";
            case "unmatch" -> "Unmatched line " + reconciliations.unmatch(companyId, lineId, caller.getName()).id();
            default -> throw new ReconDecisionException("unknown action '" + action + "'");
        });
    }

    @PostMapping("/gst-recon/manual-matches")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public String matchByHand(@RequestParam long companyId, @RequestParam String gstin, @RequestParam String period,
                              @RequestParam long purchaseInvoiceId, @RequestParam long gstr2bDocumentId,
                              Principal caller, RedirectAttributes flash) {
        scope.check(companyId);
        return act(flash, companyId, gstin, period, () -> "Matched by hand: line "
                + reconciliations.matchByHand(companyId, purchaseInvoiceId, gstr2bDocumentId, caller.getName()).id());
    }

    @PostMapping("/gst-recon/download")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public String download(@RequestParam long companyId, @RequestParam String gstin, @RequestParam String period,
                           RedirectAttributes flash) {
        scope.check(companyId);
        return act(flash, companyId, gstin, period, () -> "GSTR-2B of " + period + " downloaded from the portal: "
                + downloads.download(gstin, period).documentsCount() + " documents; run gstr2b-recon to reconcile them");
    }

    private static String act(RedirectAttributes flash, long companyId, String gstin, String period,
                              Supplier<String> action) {
        try {
            flash.addFlashAttribute("message", action.get());
        } catch (ReconDecisionException | GstFilingException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/gst-recon").queryParam("companyId", companyId)
                .queryParam("gstin", gstin).queryParam("period", period).build().toUriString();
    }
}
