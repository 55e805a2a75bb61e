package dev.lekha.mappings.gst.gstr1;

import dev.lekha.domain.gst.GstReturnPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The dated statutory numbers GSTR-1 depends on, read by the caller from {@code statutory_rate}
 * (kinds GSTR1, GST_RATE, EINVOICE) and passed in, so that a change in law is a change in data.
 *
 * @param b2clThresholds  {@code B2CL_THRESHOLD}: an inter-state B2C invoice ABOVE the amount in force on its date is
 *                        B2CL (Rs 2,50,000 until 31 Jul 2024, Rs 1,00,000 from 1 Aug 2024, Notification 12/2024-CT)
 * @param gstRates        {@code GST_RATE}: the rates allowed on each date
 * @param hsnSplitFrom    {@code HSN_B2B_B2C_SPLIT}: first return period with separate hsn_b2b/hsn_b2c tables;
 *                        null when it never applies
 * @param hsnMinDigits    4, or 6 when the AATO is above {@code HSN6_AATO} (Notification 78/2020-Central Tax)
 * @param sandbox         a sandbox company: GSTINs are checked for shape only ({@code Gstin.of(value, true)})
 */
public record Gstr1Rules(List<Dated> b2clThresholds, List<Dated> gstRates, GstReturnPeriod hsnSplitFrom,
                         int hsnMinDigits, boolean sandbox) {

    public Gstr1Rules {
        b2clThresholds = List.copyOf(b2clThresholds);
        gstRates = List.copyOf(gstRates);
        if (hsnMinDigits != 4 && hsnMinDigits != 6) {
            throw new IllegalArgumentException("hsnMinDigits must be 4 or 6, got " + hsnMinDigits);
        }
    }

    /** A value in force from {@code from} to {@code to} (both inclusive; {@code to} null = open). */
    public record Dated(BigDecimal value, LocalDate from, LocalDate to) {
        public Dated {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(from, "from");
        }

        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    /** The B2CL threshold for an invoice dated {@code date}; throws when the data has none for it. */
    public BigDecimal b2clThreshold(LocalDate date) {
        return b2clThresholds.stream().filter(d -> d.covers(date)).map(Dated::value).findFirst()
                .orElseThrow(() -> new IllegalStateException("no GSTR1 B2CL_THRESHOLD in statutory_rate covers "
                        + date + ": add the row for that date"));
    }

    /** True when {@code rate} (percent) is a GST rate in force on {@code date}. */
    public boolean rateAllowed(BigDecimal rate, LocalDate date) {
        return gstRates.stream().anyMatch(d -> d.covers(date) && d.value().compareTo(rate) == 0);
    }

    /** True when the period reports its HSN summary as hsn_b2b and hsn_b2c. */
    public boolean hsnSplit(GstReturnPeriod period) {
        return hsnSplitFrom != null && period.compareTo(hsnSplitFrom) >= 0;
    }
}
