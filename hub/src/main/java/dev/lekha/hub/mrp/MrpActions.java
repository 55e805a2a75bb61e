package dev.lekha.hub.mrp;

import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.domain.mrp.MrpPlans;
import dev.lekha.domain.mrp.PlannedOrderStateException;
import dev.lekha.domain.mrp.PlannedOrderStatus;
import dev.lekha.hub.security.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A planner's decision on a planned order (confirm or cancel, with a reason), made and written to the audit trail in
 * one transaction: the order row keeps who, when and why; the audit log keeps it tamper-evident.
 */
@Component
public class MrpActions {

    private final MrpPlans plans;
    private final AuditTrail audit;

    public MrpActions(MrpPlans plans, AuditTrail audit) {
        this.plans = plans;
        this.audit = audit;
    }

    /**
     * @throws PlannedOrderStateException when the order is not the company's or was already decided, or the reason
     *                                    is blank
     */
    @Transactional
    public MrpPlans.PlannedOrderView decide(long companyId, long orderId, PlannedOrderStatus decision, String reason,
                                            String actor) {
        if (reason == null || reason.isBlank()) {
            throw new PlannedOrderStateException("a reason is required to " + (decision == PlannedOrderStatus.CONFIRMED
                    ? "confirm" : "cancel") + " a planned order");
        }
        String why = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
        MrpPlans.PlannedOrderView order = plans.decide(companyId, orderId, decision, actor, why);
        audit.record(new AuditRecord(actor, decision == PlannedOrderStatus.CONFIRMED ? "MRP_ORDER_CONFIRM"
                : "MRP_ORDER_CANCEL", "mrp_planned_order:" + orderId, companyId, order.number() + " "
                + order.type() + " " + order.quantity().toPlainString() + " of " + order.itemCode() + " due "
                + order.dueDate() + ": " + why, CurrentActor.remoteAddress()));
        return order;
    }
}
