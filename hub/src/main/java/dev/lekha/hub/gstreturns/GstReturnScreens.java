package dev.lekha.hub.gstreturns;

import dev.lekha.domain.gstreturn.GstReturn;
import dev.lekha.domain.gstreturn.GstReturnStateException;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.gstreturn.InvalidArnException;
import dev.lekha.domain.gstreturn.ReturnType;
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

/**
 * {@code /gst-returns}: every generated GSTR-1 and GSTR-3B version of a company with its status, and
 * {@code /gst-returns/{id}}: the totals to review, the files (the JSON for the portal and the XLSX/PDF for people),
 * the history, and the workflow buttons each role may press.
 */
@Controller
public class GstReturnScreens {

    private final GstReturns returns;
    private final CompanyChoices companies;
    private final CompanyScope scope;

    public GstReturnScreens(GstReturns returns, CompanyChoices companies, CompanyScope scope) {
        this.returns = returns;
        this.companies = companies;
        this.scope = scope;
    }

    @GetMapping("/gst-returns")
    public String list(@RequestParam(required = false) Long companyId, @RequestParam(required = false) String type,
                       @RequestParam(required = false) String period, Model model) {
        List<CompanyChoices.Choice> visible = companies.visible();
        long company = companyId != null ? companyId : visible.isEmpty() ? 0 : visible.get(0).id();
        scope.check(company);
        ReturnType filter = type == null || type.isBlank() ? null : ReturnType.valueOf(type);
        model.addAttribute("companies", visible);
        model.addAttribute("companyId", company);
        model.addAttribute("type", filter == null ? null : filter.name());
        model.addAttribute("types", ReturnType.values());
        model.addAttribute("period", period);
        model.addAttribute("returns", returns.list(List.of(company), null, filter, period, 300));
        return "gst-returns/list";
    }

    @GetMapping("/gst-returns/{id}")
    public String detail(@PathVariable long id, Model model) {
        GstReturn ret = returns.get(id);
        scope.check(ret.companyId());
        model.addAttribute("ret", ret);
        model.addAttribute("history", returns.history(id));
        model.addAttribute("versions", returns.versions(ret.companyId(), ret.gstin(), ret.type(), ret.period()));
        return "gst-returns/detail";
    }

    @PostMapping("/gst-returns/{id}/submit")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String submit(@PathVariable long id, @RequestParam(required = false) String note, Principal caller,
                         RedirectAttributes flash) {
        return act(id, flash, () -> "Submitted for review", () -> returns.submitForReview(id, caller.getName(), note));
    }

    @PostMapping("/gst-returns/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public String approve(@PathVariable long id, @RequestParam(required = false) String note, Principal caller,
                          RedirectAttributes flash) {
        return act(id, flash, () -> "Approved: ready to file", () -> returns.approve(id, caller.getName(), note));
    }

    @PostMapping("/gst-returns/{id}/send-back")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public String sendBack(@PathVariable long id, @RequestParam(required = false) String note, Principal caller,
                           RedirectAttributes flash) {
        return act(id, flash, () -> "Sent back to draft", () -> returns.sendBack(id, caller.getName(), note));
    }

    @PostMapping("/gst-returns/{id}/filed")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public String filed(@PathVariable long id, @RequestParam String arn, Principal caller, RedirectAttributes flash) {
        return act(id, flash, () -> "Filed with ARN " + returns.get(id).arn(),
                () -> returns.markFiled(id, caller.getName(), arn, null, null));
    }

    private String act(long id, RedirectAttributes flash, Supplier<String> message, Runnable step) {
        scope.check(returns.get(id).companyId());
        try {
            step.run();
            flash.addFlashAttribute("message", message.get());
        } catch (GstReturnStateException | InvalidArnException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gst-returns/" + id;
    }
}
