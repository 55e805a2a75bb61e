package dev.lekha.hub.mrp;

import dev.lekha.domain.mrp.MrpPlans;
import dev.lekha.domain.mrp.OrderType;
import dev.lekha.domain.mrp.PlannedOrderStateException;
import dev.lekha.domain.mrp.PlannedOrderStatus;
import dev.lekha.hub.security.CompanyScope;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * MRP over REST: the latest run's planned orders (filtered by item, status, type, past due) with their pegs, and the
 * confirm/cancel decisions (FINANCE or ADMIN, a reason required, audited). Errors: 404/409 as problem details.
 */
@RestController
@RequestMapping("/api/mrp")
public class MrpApi {

    private final MrpPlans plans;
    private final MrpActions actions;
    private final CompanyScope scope;

    public MrpApi(MrpPlans plans, MrpActions actions, CompanyScope scope) {
        this.plans = plans;
        this.actions = actions;
        this.scope = scope;
    }

    /** A planned order with the demands it serves. */
    public record OrderWithPegs(MrpPlans.PlannedOrderView order, List<MrpPlans.PegView> pegs) {
    }

    /** The latest run and its orders (empty when the company has never run mrp). */
    public record LatestPlan(MrpPlans.Run run, List<OrderWithPegs> orders, List<MrpPlans.ExceptionView> exceptions) {
    }

    /** Body of confirm and cancel. */
    public record Decision(String reason) {
    }

    @GetMapping("/planned-orders")
    public LatestPlan plannedOrders(@RequestParam long companyId, @RequestParam(required = false) String item,
                                    @RequestParam(required = false) PlannedOrderStatus status,
                                    @RequestParam(required = false) OrderType type,
                                    @RequestParam(required = false) Boolean pastDue,
                                    @RequestParam(defaultValue = "500") int limit) {
        scope.check(companyId);
        return plans.latestRun(companyId).map(run -> new LatestPlan(run, plans.plannedOrders(companyId, run.id(),
                        new MrpPlans.OrderFilter(item, status, type, pastDue), Math.min(Math.max(limit, 1), 5000))
                        .stream().map(o -> new OrderWithPegs(o, plans.pegs(o.id()))).toList(), plans.exceptions(run.id())))
                .orElse(new LatestPlan(null, List.of(), List.of()));
    }

    @PostMapping("/planned-orders/{orderId}/confirm")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public MrpPlans.PlannedOrderView confirm(@PathVariable long orderId, @RequestParam long companyId,
                                             @RequestBody Decision body, Principal caller) {
        scope.check(companyId);
        return actions.decide(companyId, orderId, PlannedOrderStatus.CONFIRMED, body.reason(), caller.getName());
    }

    @PostMapping("/planned-orders/{orderId}/cancel")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public MrpPlans.PlannedOrderView cancel(@PathVariable long orderId, @RequestParam long companyId,
                                            @RequestBody Decision body, Principal caller) {
        scope.check(companyId);
        return actions.decide(companyId, orderId, PlannedOrderStatus.CANCELLED, body.reason(), caller.getName());
    }

    @ExceptionHandler(PlannedOrderStateException.class)
    ProblemDetail refused(PlannedOrderStateException e) {
        HttpStatus status = e.getMessage().contains(" has no ") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setTitle(status == HttpStatus.NOT_FOUND ? "Not found" : "Not possible for this planned order");
        return p;
    }
}
