package dev.lekha.domain.mrp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A planned order of a run, to store with its pegs. */
public record NewPlannedOrder(String number, String itemCode, OrderType type, BigDecimal quantity,
                              LocalDate releaseDate, LocalDate dueDate, BigDecimal estimatedCost, boolean pastDue,
                              List<NewPeg> pegs) {

    /** @param demandKind null when the quantity serves a parent order's surplus rather than a demand */
    public record NewPeg(DemandKind demandKind, String demandRef, String endItemCode, LocalDate demandDate,
                         BigDecimal quantity, String viaOrder) {
    }
}
