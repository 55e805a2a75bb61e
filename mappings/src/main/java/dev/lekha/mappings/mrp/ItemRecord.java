package dev.lekha.mappings.mrp;

import dev.lekha.domain.mrp.ItemSource;
import dev.lekha.domain.mrp.LotSizeRule;
import java.math.BigDecimal;
import java.util.List;

/**
 * The time-phased record of one item, one value per bucket in each list. For every bucket t:
 * {@code projectedOnHand[t] = projectedOnHand[t−1] + scheduledReceipts[t] + plannedReceipts[t] − gross[t]} (with
 * {@code onHand} before bucket 0), and {@code net[t] = max(0, gross[t] + safetyStock − projectedOnHand[t−1] −
 * scheduledReceipts[t])}.
 *
 * @param safetyStock the safety stock planned against (the larger of the item's and its minimum-stock demand)
 */
public record ItemRecord(String itemCode, String name, ItemSource source, int lowLevelCode, Integer leadTimeDays,
                         LotSizeRule lotRule, BigDecimal onHand, BigDecimal safetyStock, List<BigDecimal> gross,
                         List<BigDecimal> scheduledReceipts, List<BigDecimal> projectedOnHand, List<BigDecimal> net,
                         List<BigDecimal> plannedReceipts, List<BigDecimal> plannedReleases) {
}
