package dev.lekha.hub.bankrecon;

import dev.lekha.domain.recon.BankReconciliations;
import dev.lekha.domain.recon.ReconException;
import dev.lekha.hub.jobs.CompanyChoices;
import dev.lekha.hub.security.CompanyScope;
import java.security.Principal;
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
 * {@code /bank-recon}: a bank account's lines still open, oldest first, each with the suggestions of the last
 * {@code bank-recon} run (rule, confidence, why); buttons to confirm or reject a suggestion, match a line by hand to
 * an open item found by number, party or amount, or post it to a ledger account (bank charges, suspense...).
 */
@Controller
public class BankReconScreens {

    private final BankReconciliations recon;
    private final BankReconActions actions;
    private final CompanyChoices companies;
    private final CompanyScope scope;

    public BankReconScreens(BankReconciliations recon, BankReconActions actions, CompanyChoices companies,
                            CompanyScope scope) {
        this.recon = recon;
        this.actions = actions;
        this.companies = companies;
        this.scope = scope;
    }

    @GetMapping("/bank-recon")
    public String lines(@RequestParam(required = false) Long companyId, @RequestParam(required = false) Long bankAccountId,
                        @RequestParam(required = false) String q, Model model) {
        long company = companies.select(companyId, model);
        List<BankReconciliations.Account> accounts = recon.accounts(company);
        Long account = bankAccountId != null && accounts.stream().anyMatch(a -> a.id() == bankAccountId) ? bankAccountId
                : accounts.isEmpty() ? null : accounts.get(0).id();
        model.addAttribute("accounts", accounts);
        model.addAttribute("bankAccountId", account);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("ledgers", recon.ledgers(company));
        model.addAttribute("lines", account == null ? List.of() : recon.openLines(company, account, 200).stream()
                .map(l -> new BankReconApi.OpenLine(l, recon.matchesOf(company, l.id()))).toList());
        model.addAttribute("items", q == null || q.isBlank() ? List.of() : recon.searchOpenItems(company, q, 50));
        return "bank-recon/lines";
    }

    @PostMapping("/bank-recon/matches/{matchId}/{action}")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String decide(@PathVariable long matchId, @PathVariable String action, @RequestParam long companyId,
                         @RequestParam long bankAccountId, Principal caller, RedirectAttributes flash) {
        scope.check(companyId);
        return act(flash, companyId, bankAccountId, () -> {
            switch (action) {
                case "confirm" -> actions.confirm(companyId, matchId, caller.getName());
                case "reject" -> actions.reject(companyId, matchId, caller.getName());
                default -> throw new ReconException("unknown action '" + action + "'");
            }
            return ("confirm".equals(action) ? "Confirmed and posted" : "Rejected") + ": suggestion " + matchId;
        });
    }

    @PostMapping("/bank-recon/lines/{lineId}/match")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String match(@PathVariable long lineId, @RequestParam long companyId, @RequestParam long bankAccountId,
                        @RequestParam String target, Principal caller, RedirectAttributes flash) {
        scope.check(companyId);
        return act(flash, companyId, bankAccountId, () -> {
            String[] t = target.split(":");
            if (t.length != 2 || !t[1].matches("\\d+")) {
                throw new ReconException("target must be TYPE:id, was '" + target + "'");
            }
            actions.matchByHand(companyId, lineId, t[0], Long.parseLong(t[1]), caller.getName());
            return "Line " + lineId + " matched to " + t[0] + " " + t[1] + " and posted";
        });
    }

    @PostMapping("/bank-recon/lines/{lineId}/post")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String post(@PathVariable long lineId, @RequestParam long companyId, @RequestParam long bankAccountId,
                       @RequestParam long ledgerAccountId, Principal caller, RedirectAttributes flash) {
        scope.check(companyId);
        return act(flash, companyId, bankAccountId, () -> "Line " + lineId + " posted as journal entry "
                + actions.postToLedger(companyId, lineId, ledgerAccountId, caller.getName()));
    }

    private static String act(RedirectAttributes flash, long companyId, long bankAccountId, Supplier<String> action) {
        try {
            flash.addFlashAttribute("message", action.get());
        } catch (ReconException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/bank-recon").queryParam("companyId", companyId)
                .queryParam("bankAccountId", bankAccountId).build().toUriString();
    }
}
