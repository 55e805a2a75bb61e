package dev.lekha.domain.mrp;

import java.util.List;

/** Everything material requirements planning reads for one company, as lists in no particular order. */
public record ManufacturingMasters(List<MrpItemMaster> items, List<BomLine> bom, List<StockBalance> stock,
                                   List<ScheduledReceipt> receipts, List<IndependentDemand> demands) {

    public ManufacturingMasters {
        items = List.copyOf(items);
        bom = List.copyOf(bom);
        stock = List.copyOf(stock);
        receipts = List.copyOf(receipts);
        demands = List.copyOf(demands);
    }
}
