package dev.lekha.mappings.mrp;

import java.util.List;

/**
 * The result of one planning run: every item's record in planning (low-level code, then code) order, the planned
 * orders in the same order, and the exceptions.
 */
public record MrpPlan(PlanningHorizon horizon, List<ItemRecord> records, List<PlannedOrder> orders,
                      List<PlanException> exceptions) {
}
