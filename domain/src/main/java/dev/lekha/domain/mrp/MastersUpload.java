package dev.lekha.domain.mrp;

import java.util.List;

/**
 * A manufacturing drop's content for one company. A null section was not in the file and leaves the stored data as
 * it is. Items are added or updated by code; a parent's BOM lines replace that parent's lines; stock is set per item
 * and warehouse; scheduled receipts and demand, when present, replace all the company's open receipts and demand
 * (the file is the current list of open orders and forecasts).
 */
public record MastersUpload(List<MrpItemMaster> items, List<BomLine> bom, List<StockBalance> stock,
                            List<ScheduledReceipt> receipts, List<IndependentDemand> demands) {
}
