package dev.lekha.jobs.gstr1;

import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.mappings.gst.gstr1.Gstr1Rules;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the dated numbers GSTR-1 needs from {@code statutory_rate} (GSTR1 B2CL_THRESHOLD and HSN_B2B_B2C_SPLIT,
 * GST_RATE, EINVOICE HSN6_AATO) and the company's turnover of the preceding financial year
 * ({@code company_turnover}; none recorded = 4-digit HSN).
 */
final class Gstr1RulesSource {

    private Gstr1RulesSource() {
    }

    static Gstr1Rules load(JdbcTemplate jdbc, long companyId, String gstin, GstReturnPeriod period) {
        Integer registered = jdbc.queryForObject("select count(*) from gst_registration where company_id = ? and gstin = ?",
                Integer.class, companyId, gstin);
        if (registered == null || registered == 0) {
            throw new IllegalArgumentException("GSTIN " + gstin + " is not a registration of company " + companyId
                    + ": give one of the company's GSTINs (GET /api/companies)");
        }
        Boolean sandbox = jdbc.queryForObject("select sandbox from company where id = ?", Boolean.class, companyId);
        List<Gstr1Rules.Dated> thresholds = dated(jdbc, "GSTR1", "B2CL_THRESHOLD");
        List<Gstr1Rules.Dated> rates = dated(jdbc, "GST_RATE", null);
        GstReturnPeriod split = dated(jdbc, "GSTR1", "HSN_B2B_B2C_SPLIT").stream().findFirst()
                .map(d -> GstReturnPeriod.of(d.from())).orElse(null);
        String previousFy = FinancialYear.of(period.firstDay()).previous().toString();
        BigDecimal turnover = jdbc.query("select aggregate_turnover from company_turnover where company_id = ?"
                + " and financial_year = ?", rs -> rs.next() ? rs.getBigDecimal(1) : null, companyId, previousFy);
        BigDecimal hsn6 = dated(jdbc, "EINVOICE", "HSN6_AATO").stream()
                .filter(d -> !period.firstDay().isBefore(d.from()) && (d.to() == null || !period.firstDay().isAfter(d.to())))
                .map(Gstr1Rules.Dated::value).findFirst().orElse(null);
        int digits = turnover != null && hsn6 != null && turnover.compareTo(hsn6) > 0 ? 6 : 4;
        return new Gstr1Rules(thresholds, rates, split, digits, Boolean.TRUE.equals(sandbox));
    }

    private static List<Gstr1Rules.Dated> dated(JdbcTemplate jdbc, String kind, String code) {
        String sql = "select rate_value, effective_from, effective_to from statutory_rate where kind = ?"
                + (code == null ? "" : " and code = ?") + " order by effective_from";
        Object[] args = code == null ? new Object[] {kind} : new Object[] {kind, code};
        return jdbc.query(sql, (rs, n) -> new Gstr1Rules.Dated(rs.getBigDecimal(1), rs.getDate(2).toLocalDate(),
                Gstr1Rows.date(rs, "effective_to")), args);
    }
}
