package dev.lekha.hub.tds;

import dev.lekha.domain.tds.DeducteeKind;
import dev.lekha.domain.tds.Pan;
import dev.lekha.domain.tds.TdsChallan;
import dev.lekha.domain.tds.TdsDeduction;
import dev.lekha.domain.tds.TdsRecords;
import dev.lekha.domain.tds.TdsRecords.AggregateSoFar;
import dev.lekha.domain.tds.TdsRejectedException;
import dev.lekha.mappings.tds.VendorTds;
import dev.lekha.mappings.tds.VendorTds.Payment;
import dev.lekha.mappings.tds.VendorTds.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records TDS on a vendor payment: the rules in force on its date, what the deductee was paid earlier in the
 * financial year under the same section and nature, the calculator's decision, and the row as decided. Serialised
 * per company by the transaction so two payments of one vendor do not both miss the aggregate threshold.
 */
@Service
public class VendorDeductions {

    private final TdsRecords records;

    public VendorDeductions(TdsRecords records) {
        this.records = records;
    }

    /** What was recorded: the row's id and the decision. */
    public record Recorded(long id, Result result) {
    }

    /**
     * @throws TdsRejectedException when the challan is unknown or of the wrong TAN, or no rule covers the payment
     */
    @Transactional
    public Recorded record(long companyId, String tan, Long partyId, String pan, String name, DeducteeKind kindWithoutPan,
                           String section, String nature, LocalDate paymentDate, BigDecimal amount,
                           BigDecimal certificateRatePercent, Long challanId, String by) {
        List<String> problems = new ArrayList<>();
        if (challanId != null) {
            TdsChallan c = records.challan(companyId, challanId).orElse(null);
            if (c == null || !c.tan().equals(tan) || !"NON_SALARY".equals(c.formKind())) {
                problems.add("challanId: " + challanId + " is not a non-salary challan of TAN " + tan);
            }
        }
        String panGiven = pan == null || pan.isBlank() ? null : pan.trim().toUpperCase(java.util.Locale.ROOT);
        LocalDate fyStart = LocalDate.of(paymentDate.getMonthValue() >= 4 ? paymentDate.getYear()
                : paymentDate.getYear() - 1, 4, 1);
        AggregateSoFar soFar = records.aggregateSoFar(companyId, tan, Pan.isValid(panGiven) ? panGiven : null, partyId,
                name, section, nature, fyStart, paymentDate);
        Result result;
        try {
            result = VendorTds.determine(records.allRules(), new Payment(section, nature, panGiven, kindWithoutPan,
                    amount, soFar.paid(), soFar.taxedBase(), paymentDate, certificateRatePercent));
        } catch (IllegalArgumentException e) {
            problems.add("section/nature: " + e.getMessage());
            throw new TdsRejectedException(problems);
        }
        if (!problems.isEmpty()) {
            throw new TdsRejectedException(problems);
        }
        long id = records.recordDeduction(new TdsDeduction(null, companyId, tan, partyId, panGiven, name, result.kind(),
                section, nature, result.rule().paymentCode(), paymentDate, amount, result.base(), result.ratePercent(),
                result.tds(), result.reasonCode(), result.explanation(), challanId, paymentDate), by);
        return new Recorded(id, result);
    }
}
