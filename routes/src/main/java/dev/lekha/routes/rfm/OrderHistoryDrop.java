package dev.lekha.routes.rfm;

import dev.lekha.domain.rfm.CustomerOrders;
import dev.lekha.domain.rfm.IncomingOrder;
import dev.lekha.domain.rfm.InvalidOrderHistoryException;
import dev.lekha.mappings.rfm.OrderHistoryFile;
import dev.lekha.mappings.rfm.OrderHistoryRow;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code orders} drop: a company's order history for RFM scoring (CSV or XLSX, one row per order or return;
 * format in {@link OrderHistoryFile} and docs/rfm.md), stored all or nothing. An order id the company already has
 * is replaced by the file's row, so overlapping exports correct earlier ones instead of counting twice.
 */
@Configuration(proxyBeanMethods = false)
public class OrderHistoryDrop {

    public static final String CHANNEL = "orders";

    @Bean
    DropChannel ordersDropChannel(CustomerOrders orders) {
        return new DropChannel(CHANNEL, (fileName, content) -> importFile(orders, fileName, content));
    }

    /**
     * Reads, checks and stores one order-history file.
     *
     * @throws DropRejectedException naming every problem (file, row, column), nothing stored
     */
    public static DropOutcome importFile(CustomerOrders orders, String fileName, byte[] content) {
        OrderHistoryFile file = OrderHistoryFile.parse(content, fileName);
        if (!file.isValid()) {
            throw new DropRejectedException(file.errors().stream().map(Object::toString).toList());
        }
        try {
            CustomerOrders.Imported imported = orders.importAll(fileName,
                    file.rows().stream().map(row -> incoming(fileName, row)).toList());
            return new DropOutcome(imported.inserted() + imported.updated(), imported.companyId());
        } catch (InvalidOrderHistoryException e) {
            throw new DropRejectedException(e.problems());
        }
    }

    private static IncomingOrder incoming(String fileName, OrderHistoryRow row) {
        return new IncomingOrder(fileName + " row " + row.row(), row.companyGstin(), row.orderId(), row.orderDate(),
                row.customerKey(), row.customerName(), row.customerPhone(), row.customerEmail(), row.netAmount(),
                row.isReturn());
    }
}
