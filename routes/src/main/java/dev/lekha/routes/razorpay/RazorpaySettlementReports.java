package dev.lekha.routes.razorpay;

import dev.lekha.connectors.razorpay.SettlementReconItem;
import dev.lekha.domain.razorpay.RazorpaySettlementItems;
import dev.lekha.domain.razorpay.SettlementItem;
import dev.lekha.mappings.razorpay.RazorpayEntities;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Fetches Razorpay's settlement reconciliation report of one day from the API (every page) and stores its rows
 * (source {@code API}) with their settlements, all or nothing. Used by the razorpay-recon job before it reconciles.
 */
@Component
public class RazorpaySettlementReports {

    public static final String SOURCE_API = "API";

    private final RazorpayConnection connection;
    private final RazorpaySettlementItems items;

    public RazorpaySettlementReports(RazorpayConnection connection, RazorpaySettlementItems items) {
        this.connection = connection;
        this.items = items;
    }

    /**
     * @param date the settlement day (Razorpay's year/month/day)
     * @throws dev.lekha.connectors.razorpay.RazorpayException when Razorpay refuses or cannot be reached
     */
    public RazorpaySettlementItems.Imported fetch(long companyId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<SettlementReconItem> report = connection.client().settlementRecon(date);
        List<SettlementItem> rows = new ArrayList<>(report.size());
        for (int i = 0; i < report.size(); i++) {
            rows.add(RazorpayEntities.item(report.get(i), i + 1));
        }
        return items.importAll(companyId, rows, SOURCE_API);
    }
}
