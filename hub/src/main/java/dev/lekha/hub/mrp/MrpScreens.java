package dev.lekha.hub.mrp;

import dev.lekha.domain.mrp.MrpPlans;
import dev.lekha.domain.mrp.OrderType;
import dev.lekha.domain.mrp.PlannedOrderStateException;
import dev.lekha.domain.mrp.PlannedOrderStatus;
import dev.lekha.hub.jobs.CompanyChoices;
import dev.lekha.hub.security.CompanyScope;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /mrp}: the planned orders of a company's latest {@code mrp} run, by release date, filtered by item, status,
 * type and past due, with the demands each serves and the run's exceptions; FINANCE and ADMIN confirm or cancel an
 * order with a reason (audited).
 */
@Controller
public class MrpScreens {

    private final MrpPlans plans;
    private final MrpActions actions;
    private final CompanyChoices companies;
    private final CompanyScope scope;

    public MrpScreens(MrpPlans plans, MrpActions actions, CompanyChoices companies, CompanyScope scope) {
        this.plans = plans;
        this.actions = actions;
        this.companies = companies;
        this.scope = scope;
    }

    @GetMapping("/mrp")
    public String orders(@RequestParam(required = false) Long companyId, @RequestParam(required = false) String item,
                         @RequestParam(required = false) PlannedOrderStatus status,
                         @RequestParam(required = false) OrderType type,
                         @RequestParam(required = false) Boolean pastDue, Model model) {
        long company = companies.select(companyId, model);
        var run = plans.latestRun(company);
        model.addAttribute("item", item == null ? "" : item);
        model.addAttribute("status", status);
        model.addAttribute("type", type);
        model.addAttribute("pastDue", pastDue);
        model.addAttribute("statuses", PlannedOrderStatus.values());
        model.addAttribute("types", OrderType.values());
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("orders", run.map(r -> plans.plannedOrders(company, r.id(),
                new MrpPlans.OrderFilter(item, status, type, pastDue), 500).stream()
                .map(o -> new MrpApi.OrderWithPegs(o, plans.pegs(o.id()))).toList()).orElse(List.of()));
        model.addAttribute("exceptions", run.map(r -> plans.exceptions(r.id())).orElse(List.of()));
        return "mrp/orders";
    }

    @PostMapping("/mrp/planned-orders/{orderId}/{action}")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String decide(@PathVariable long orderId, @PathVariable String action, @RequestParam long companyId,
                         @RequestParam(defaultValue = "") String reason, Principal caller, RedirectAttributes flash) {
        scope.check(companyId);
        try {
            PlannedOrderStatus decision = switch (action) {
                case "confirm" -> PlannedOrderStatus.CONFIRMED;
                case "cancel" -> PlannedOrderStatus.CANCELLED;
                default -> throw new PlannedOrderStateException("unknown action '" + action + "'");
            };
            var order = actions.decide(companyId, orderId, decision, reason, caller.getName());
            flash.addFlashAttribute("message", (decision == PlannedOrderStatus.CONFIRMED ? "Confirmed" : "Cancelled")
                    + ": " + order.number() + " (" + order.quantity().toPlainString() + " of " + order.itemCode() + ")");
        } catch (PlannedOrderStateException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/mrp").queryParam("companyId", companyId).build()
                .toUriString();
    }
}
