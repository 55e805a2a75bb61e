package dev.lekha.hub.gstreturns;

import dev.lekha.domain.gstreturn.GstReturn;
import dev.lekha.domain.gstreturn.GstReturnStateException;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.gstreturn.InvalidArnException;
import dev.lekha.domain.gstreturn.ReturnType;
import dev.lekha.hub.jobs.CompanyChoices;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.routes.gstfiling.GstFilingException;
import dev.lekha.routes.gstfiling.GstReturnFiling;
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
    private final GstReturnFiling filing;
    private final CompanyChoices companies;
    private final CompanyScope scope;

    public GstReturnScreens(GstReturns returns, GstReturnFiling filing, CompanyChoices companies, CompanyScope scope) {
        this.returns = returns;
        this.filing = filing;
        this.companies = companies;
        this.scope = scope;
    }

    @GetMapping("/gst-returns")
    public String list(@RequestParam(required = false) Long companyId, @RequestParam(required = false) String type,
                       @RequestParam(required = false) String period, Model model) {
        long company = companies.select(companyId, model);
        ReturnType filter = type == null || type.isBlank() ? null : ReturnType.valueOf(type);
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
        model.addAttribute("totals", totals(ret.summaryJson()));
        model.addAttribute("history", returns.history(id));
        model.addAttribute("versions", returns.versions(ret.companyId(), ret.gstin(), ret.type(), ret.period()));
        if (ret.status() == dev.lekha.domain.gstreturn.ReturnStatus.READY_TO_FILE) {
            model.addAttribute("portalSession", filing.session(id).orElse(null));
        }
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

    @PostMapping("/gst-returns/{id}/portal/otp")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public String requestOtp(@PathVariable long id, @RequestParam String username, RedirectAttributes flash) {
        flash.addFlashAttribute("portalUser", username);
        return act(id, flash, () -> "The portal sent an OTP to " + username + "'s registered mobile and e-mail",
                () -> filing.requestOtp(id, username));
    }

    @PostMapping("/gst-returns/{id}/portal/login")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public String login(@PathVariable long id, @RequestParam String username, @RequestParam String otp,
                        RedirectAttributes flash) {
        return act(id, flash, () -> "Logged in to the GST portal", () -> filing.login(id, username, otp));
    }

    @PostMapping("/gst-returns/{id}/portal/submit")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public String saveAndSubmit(@PathVariable long id, Principal caller, RedirectAttributes flash) {
        return act(id, flash, () -> "Saved and submitted on the portal (" + returns.get(id).portalState() + ")",
                () -> filing.saveAndSubmit(id, caller.getName()));
    }

    @PostMapping("/gst-returns/{id}/portal/evc-otp")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public String requestEvcOtp(@PathVariable long id, @RequestParam String pan, RedirectAttributes flash) {
        flash.addFlashAttribute("signatoryPan", pan);
        return act(id, flash, () -> "The portal sent the EVC OTP to the authorised signatory",
                () -> filing.requestEvcOtp(id, pan));
    }

    @PostMapping("/gst-returns/{id}/portal/file")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public String file(@PathVariable long id, @RequestParam String pan, @RequestParam String otp, Principal caller,
                       RedirectAttributes flash) {
        return act(id, flash, () -> "Filed: ARN " + returns.get(id).arn(),
                () -> filing.file(id, caller.getName(), pan, otp));
    }

    /** One row of the totals table: a section (or a figure) and its amounts. */
    public record TotalsRow(String name, java.util.Map<String, String> amounts) {
    }

    /**
     * The job's totals JSON as rows a reviewer can read: {@code {"sections":{"b2b":{"txval":…,"iamt":…}}}} gives a
     * row per section; a flat object gives one row per figure. Unreadable JSON gives no rows (the raw text is shown).
     */
    static java.util.List<TotalsRow> totals(String summaryJson) {
        if (summaryJson == null || summaryJson.isBlank()) {
            return java.util.List.of();
        }
        try {
            tools.jackson.databind.JsonNode root = JSON.readTree(summaryJson);
            java.util.List<TotalsRow> rows = new java.util.ArrayList<>();
            root.properties().forEach(field -> {
                tools.jackson.databind.JsonNode value = field.getValue();
                if (value.isObject() && value.valueStream().allMatch(tools.jackson.databind.JsonNode::isObject)) {
                    value.properties().forEach(section -> rows.add(row(section.getKey(), section.getValue())));
                } else if (value.isObject()) {
                    rows.add(row(field.getKey(), value));
                } else {
                    rows.add(new TotalsRow(field.getKey(), java.util.Map.of("value", value.asString())));
                }
            });
            return rows;
        } catch (tools.jackson.core.JacksonException e) {
            return java.util.List.of();
        }
    }

    private static TotalsRow row(String name, tools.jackson.databind.JsonNode amounts) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        amounts.properties().forEach(a -> values.put(a.getKey(), a.getValue().asString()));
        return new TotalsRow(name, values);
    }

    // amounts exactly as written (1000.00 stays 1000.00)
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private String act(long id, RedirectAttributes flash, Supplier<String> message, Runnable step) {
        scope.check(returns.get(id).companyId());
        try {
            step.run();
            flash.addFlashAttribute("message", message.get());
        } catch (GstReturnStateException | InvalidArnException e) {
            flash.addFlashAttribute("error", e.getMessage());
        } catch (GstFilingException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("portalProblems", e.errors());
        }
        return "redirect:/gst-returns/" + id;
    }
}
