package dev.lekha.hub.payments;

import dev.lekha.domain.payment.PaymentBatchStateException;
import dev.lekha.domain.payment.PaymentBatches;
import dev.lekha.hub.jobs.CompanyChoices;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.routes.payment.PaymentDeliveryException;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /payments}: a company's payment batches, and one batch with its payments (masked accounts, UTRs, the bank's
 * reasons), its file, and the buttons to approve (someone other than its creator) and to send or re-send.
 */
@Controller
public class PaymentScreens {

    private final PaymentBatches batches;
    private final PaymentBatchOperations operations;
    private final CompanyChoices companies;
    private final CompanyScope scope;

    PaymentScreens(PaymentBatches batches, PaymentBatchOperations operations, CompanyChoices companies,
                   CompanyScope scope) {
        this.batches = batches;
        this.operations = operations;
        this.companies = companies;
        this.scope = scope;
    }

    @GetMapping("/payments")
    public String list(@RequestParam(required = false) Long companyId, Model model) {
        long company = companies.select(companyId, model);
        model.addAttribute("batches", batches.list(company));
        return "payments/list";
    }

    @GetMapping("/payments/{id}")
    public String detail(@PathVariable long id, @RequestParam long companyId, Model model) {
        scope.check(companyId);
        model.addAttribute("batch", batches.find(companyId, id));
        model.addAttribute("instructions", batches.instructions(companyId, id));
        return "payments/detail";
    }

    @PostMapping("/payments/{id}/approve")
    @PreAuthorize("hasRole('FINANCE')")
    public String approve(@PathVariable long id, @RequestParam long companyId, Principal caller, RedirectAttributes flash) {
        scope.check(companyId);
        try {
            operations.approve(companyId, id, caller.getName());
            flash.addFlashAttribute("message", "Approved.");
        } catch (PaymentBatchStateException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/payments/" + id + "?companyId=" + companyId;
    }

    @PostMapping("/payments/{id}/send")
    @PreAuthorize("hasRole('FINANCE')")
    public String send(@PathVariable long id, @RequestParam long companyId, Principal caller, RedirectAttributes flash) {
        scope.check(companyId);
        try {
            operations.send(companyId, id, caller.getName());
            flash.addFlashAttribute("message", "Sent to the bank.");
        } catch (PaymentBatchStateException | PaymentDeliveryException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/payments/" + id + "?companyId=" + companyId;
    }
}
