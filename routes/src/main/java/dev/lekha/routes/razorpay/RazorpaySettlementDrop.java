package dev.lekha.routes.razorpay;

import dev.lekha.domain.razorpay.InvalidSettlementItemsException;
import dev.lekha.domain.razorpay.RazorpaySettlementItems;
import dev.lekha.mappings.razorpay.SettlementReportFile;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code razorpay-settlements} drop: Razorpay's settlement reconciliation report (CSV or XLSX) stored in
 * {@code razorpay_settlement_item}, all or nothing. The company: a file named {@code <PAN>_...} or {@code <PAN>-...}
 * belongs to that company; any other file to the default Razorpay company ({@code lekha.razorpay.company-pan}).
 */
@Configuration(proxyBeanMethods = false)
public class RazorpaySettlementDrop {

    public static final String CHANNEL = "razorpay-settlements";
    public static final String SOURCE_FILE = "FILE";
    private static final Pattern PAN_PREFIX = Pattern.compile("^([A-Z]{5}[0-9]{4}[A-Z])[_-].*");

    @Bean
    DropChannel razorpaySettlementsDrop(RazorpaySettlementItems items, RazorpayAccounts accounts) {
        return new DropChannel(CHANNEL, (fileName, content) -> importFile(items, accounts, fileName, content));
    }

    static DropOutcome importFile(RazorpaySettlementItems items, RazorpayAccounts accounts, String fileName, byte[] content) {
        Matcher pan = PAN_PREFIX.matcher(fileName);
        Long companyId = pan.matches() ? accounts.companyOfPan(pan.group(1)).orElseThrow(() -> new DropRejectedException(
                List.of(fileName + ": no company with PAN " + pan.group(1) + " (the file name's prefix)")))
                : accounts.companyOf(null).orElseThrow(() -> new DropRejectedException(List.of(fileName
                + ": no default Razorpay company; set lekha.razorpay.company-pan or name the file <PAN>_<anything>.csv")));
        SettlementReportFile file = SettlementReportFile.parse(content, fileName);
        if (!file.isValid()) {
            throw new DropRejectedException(file.errors());
        }
        try {
            RazorpaySettlementItems.Imported imported = items.importAll(companyId, file.items(), SOURCE_FILE);
            return new DropOutcome(imported.inserted() + imported.updated(), companyId);
        } catch (InvalidSettlementItemsException e) {
            throw new DropRejectedException(e.problems().stream().map(p -> fileName + " " + p).toList());
        }
    }
}
