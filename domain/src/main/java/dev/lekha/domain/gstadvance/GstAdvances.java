package dev.lekha.domain.gstadvance;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.gst.GstAmounts;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.GstTaxRule;
import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.gst.TaxJurisdiction;
import dev.lekha.domain.statutory.StatutoryRates;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advances received and adjusted, for GSTR-1 tables 11A ({@code at}) and 11B ({@code txpd}). Tax on an advance is
 * computed here by the GST rule (IGST across states, CGST+SGST within), so the return and the books agree.
 */
@Component
public class GstAdvances {

    private final JdbcTemplate jdbc;
    private final GstRegistrations registrations;
    private final StatutoryRates rates;
    private final Clock clock;

    public GstAdvances(JdbcTemplate jdbc, GstRegistrations registrations, StatutoryRates rates,
                       ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.rates = rates;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The stored advance. */
    public record Advance(long id, long companyId, String supplierGstin, String kind, String reference, LocalDate date,
                          String returnPeriod, String placeOfSupply, BigDecimal gstRate, BigDecimal amount,
                          BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess, boolean duplicate) {
    }

    /**
     * Records an advance once: the same GSTIN, kind and reference again with the same values is answered as a
     * duplicate; with other values it is refused.
     *
     * @throws InvalidAdvanceException naming every bad field
     */
    @Transactional
    public Advance record(NewAdvance a) {
        List<String> problems = new ArrayList<>();
        String gstin = a.supplierGstin() == null ? null : a.supplierGstin().trim().toUpperCase(Locale.ROOT);
        Optional<GstRegistration> registration = gstin == null ? Optional.empty()
                : registrations.findByGstinAndActiveTrue(gstin);
        if (registration.isEmpty()) {
            problems.add("supplierGstin: '" + a.supplierGstin() + "' is not an active GST registration in Lekha");
        }
        String kind = a.kind() == null ? "" : a.kind().trim().toUpperCase(Locale.ROOT);
        if (!kind.equals("RECEIVED") && !kind.equals("ADJUSTED")) {
            problems.add("kind: '" + a.kind() + "' must be RECEIVED (table 11A) or ADJUSTED (table 11B)");
        }
        String reference = a.reference() == null ? "" : a.reference().trim();
        if (reference.isEmpty() || reference.length() > 40) {
            problems.add("reference: give the receipt voucher number (1-40 characters)");
        }
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Kolkata")));
        if (a.date() == null) {
            problems.add("date: missing (yyyy-MM-dd)");
        } else if (a.date().isAfter(today)) {
            problems.add("date: " + a.date() + " is in the future");
        }
        StateCode pos = a.placeOfSupply() == null ? null : StateCode.tryOf(a.placeOfSupply().trim()).orElse(null);
        if (pos == null || pos.isForeign()) {
            problems.add("placeOfSupply: '" + a.placeOfSupply() + "' is not an Indian GST state code (01-38, 97)");
        }
        if (a.gstRate() == null || a.gstRate().signum() <= 0) {
            problems.add("gstRate: an advance for a taxable supply needs its rate (e.g. 18)");
        } else if (a.date() != null && !rates.isGstRateOn(a.gstRate(), a.date())) {
            problems.add("gstRate: " + a.gstRate().stripTrailingZeros().toPlainString() + "% is not a GST rate on "
                    + a.date());
        }
        if (a.amount() == null || a.amount().signum() <= 0 || a.amount().scale() > 2) {
            problems.add("amount: the advance excluding tax must be more than 0 with at most 2 decimals");
        }
        if (a.cess() != null && (a.cess().signum() < 0 || a.cess().scale() > 2)) {
            problems.add("cess: must be 0 or more with at most 2 decimals");
        }
        if (!problems.isEmpty()) {
            throw new InvalidAdvanceException(problems);
        }
        GstRegistration reg = registration.get();
        TaxJurisdiction jurisdiction = GstTaxRule.jurisdiction(reg.getStateCode(), pos, SupplyType.B2C);
        GstAmounts tax = GstTaxRule.tax(Money.of(a.amount()), a.gstRate(), jurisdiction);
        BigDecimal cess = Money.orZero(a.cess());
        String period = GstReturnPeriod.of(a.date()).toString();
        Optional<Advance> existing = find(reg.getCompanyId(), gstin, kind, reference);
        if (existing.isPresent()) {
            Advance e = existing.get();
            boolean same = e.date().equals(a.date()) && e.placeOfSupply().equals(pos.code())
                    && e.gstRate().compareTo(a.gstRate()) == 0 && e.amount().compareTo(a.amount()) == 0
                    && e.cess().compareTo(cess) == 0;
            if (!same) {
                throw new InvalidAdvanceException(List.of("reference: " + kind + " advance " + reference + " of "
                        + gstin + " was already recorded with other values (id " + e.id() + ")"));
            }
            return new Advance(e.id(), e.companyId(), e.supplierGstin(), e.kind(), e.reference(), e.date(),
                    e.returnPeriod(), e.placeOfSupply(), e.gstRate(), e.amount(), e.igst(), e.cgst(), e.sgst(), e.cess(),
                    true);
        }
        jdbc.update("insert into gst_advance (company_id, registration_id, supplier_gstin, kind, reference, entry_date,"
                + " return_period, place_of_supply, gst_rate, amount, igst, cgst, sgst, cess, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", reg.getCompanyId(), reg.getId(), gstin, kind,
                reference, Date.valueOf(a.date()), period, pos.code(), a.gstRate(), Money.of(a.amount()), tax.igst(),
                tax.cgst(), tax.sgst(), cess, Timestamp.from(clock.instant()));
        return find(reg.getCompanyId(), gstin, kind, reference).orElseThrow();
    }

    /** The advances of a GSTIN in a return period, oldest first. */
    public List<Advance> inPeriod(long companyId, String gstin, String period) {
        return jdbc.query("select * from gst_advance where company_id = ? and supplier_gstin = ? and return_period = ?"
                + " order by entry_date, id", (rs, n) -> row(rs), companyId, gstin, period);
    }

    private Optional<Advance> find(long companyId, String gstin, String kind, String reference) {
        return jdbc.query("select * from gst_advance where company_id = ? and supplier_gstin = ? and kind = ?"
                + " and reference = ?", (rs, n) -> row(rs), companyId, gstin, kind, reference).stream().findFirst();
    }

    private static Advance row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Advance(rs.getLong("id"), rs.getLong("company_id"), rs.getString("supplier_gstin"),
                rs.getString("kind"), rs.getString("reference"), rs.getDate("entry_date").toLocalDate(),
                rs.getString("return_period"), rs.getString("place_of_supply"), rs.getBigDecimal("gst_rate"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("igst"), rs.getBigDecimal("cgst"),
                rs.getBigDecimal("sgst"), rs.getBigDecimal("cess"), false);
    }
}
