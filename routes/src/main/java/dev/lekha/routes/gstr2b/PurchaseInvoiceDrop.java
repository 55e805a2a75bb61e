package dev.lekha.routes.gstr2b;

import dev.lekha.domain.gstr2b.IncomingPurchaseInvoice;
import dev.lekha.domain.gstr2b.InvalidPurchaseRegisterException;
import dev.lekha.domain.gstr2b.PurchaseRegisterImport;
import dev.lekha.mappings.gst.gstr2b.PurchaseRegisterFile;
import dev.lekha.mappings.gst.gstr2b.PurchaseRegisterRow;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code purchase-invoices} drop: the purchase register (CSV or XLSX, one row per invoice),
 * imported all or nothing; an invoice already stored (same supplier, year, type and number) is skipped,
 * so a register dropped again with a few new rows adds only those.
 */
@Configuration(proxyBeanMethods = false)
public class PurchaseInvoiceDrop {

    public static final String CHANNEL = "purchase-invoices";

    @Bean
    DropChannel purchaseInvoicesDrop(PurchaseRegisterImport register) {
        return new DropChannel(CHANNEL, (fileName, content) -> importFile(register, fileName, content));
    }

    static DropOutcome importFile(PurchaseRegisterImport register, String fileName, byte[] content) {
        PurchaseRegisterFile file = PurchaseRegisterFile.parse(content, fileName);
        if (!file.isValid()) {
            throw new DropRejectedException(file.errors().stream().map(Object::toString).toList());
        }
        try {
            var result = register.importAll(file.rows().stream().map(PurchaseInvoiceDrop::incoming).toList());
            return new DropOutcome(result.inserted(), result.companyId());
        } catch (InvalidPurchaseRegisterException e) {
            throw new DropRejectedException(e.problems());
        }
    }

    private static IncomingPurchaseInvoice incoming(PurchaseRegisterRow row) {
        return new IncomingPurchaseInvoice("row " + row.row(), row.companyGstin(), row.supplierGstin(),
                row.supplierName(), row.documentType().name(), row.documentNumber(), row.documentDate(),
                row.placeOfSupply(), row.reverseCharge(), row.taxableValue(), row.igst(), row.cgst(), row.sgst(),
                row.cess(), row.total(), row.itcEligibility());
    }
}
