package dev.lekha.routes.mrp;

import dev.lekha.domain.company.Companies;
import dev.lekha.domain.mrp.MrpMasters;
import dev.lekha.mappings.mrp.ManufacturingWorkbook;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code manufacturing} drop: an XLSX of the MRP masters (sheets Items, BOM, Stock, ScheduledReceipts, Demand;
 * docs/mrp.md) for the company whose PAN starts the file name ({@code AAACL1234C-masters.xlsx} or
 * {@code AAACL1234C_...}). Checked whole (every row of every sheet, item codes across sheets, BOM cycles against
 * what is stored) and stored all or nothing.
 */
@Configuration(proxyBeanMethods = false)
public class ManufacturingDrop {

    public static final String CHANNEL = "manufacturing";
    private static final Pattern PAN_PREFIX = Pattern.compile("^([A-Za-z]{5}[0-9]{4}[A-Za-z])[_\\-.]");

    @Bean
    DropChannel manufacturingDropChannel(Companies companies, MrpMasters masters) {
        return new DropChannel(CHANNEL, (fileName, content) -> importFile(companies, masters, fileName, content));
    }

    /**
     * Imports one workbook.
     *
     * @throws DropRejectedException naming file, sheet, row and column of every problem; nothing is stored then
     */
    public static DropOutcome importFile(Companies companies, MrpMasters masters, String fileName, byte[] content) {
        Matcher m = PAN_PREFIX.matcher(fileName);
        if (!m.find()) {
            throw new DropRejectedException(List.of(fileName + ": the file name must start with the company's PAN"
                    + " and '-' or '_', e.g. AAACL1234C-manufacturing.xlsx"));
        }
        String pan = m.group(1).toUpperCase(Locale.ROOT);
        long companyId = companies.findByPan(pan).orElseThrow(() -> new DropRejectedException(List.of(fileName
                + ": no company in Lekha has the PAN " + pan.substring(0, 5) + "****" + pan.substring(9)
                + " that starts the file name; check the PAN or add the company first"))).getId();
        var result = ManufacturingWorkbook.parse(content, fileName, masters.itemCodes(companyId), masters.bom(companyId));
        if (!result.isValid()) {
            throw new DropRejectedException(result.problems());
        }
        return new DropOutcome(masters.store(companyId, result.upload()), companyId);
    }
}
