package dev.lekha.domain.tds;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TDS tables over JDBC: dated section rules, deductor details per TAN, challans, vendor deductions and the
 * challan each salary month's TDS was deposited with. Callers validate; this class stores and reads.
 */
@Component
public class TdsRecords {

    /** What a deductee was paid under a section and nature in a financial year before a payment. */
    public record AggregateSoFar(BigDecimal paid, BigDecimal taxedBase) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public TdsRecords(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The rules of a section and nature in force on {@code date} (one per deductee class). */
    public List<TdsSectionRule> rulesInForce(String sectionCode, String nature, LocalDate date) {
        return jdbc.query("""
                select * from tds_section_rule where section_code = ? and nature = ? and effective_from <= ?
                   and (effective_to is null or effective_to >= ?) order by deductee_class""",
                TdsRecords::rule, sectionCode, nature, Date.valueOf(date), Date.valueOf(date));
    }

    /** Every rule whatever its dates, by section, nature and start. */
    public List<TdsSectionRule> allRules() {
        return jdbc.query("select * from tds_section_rule order by section_code, nature, deductee_class, effective_from",
                TdsRecords::rule);
    }

    /** The payment code of a section and nature on {@code date}, when the rules carry one. */
    public Optional<String> paymentCode(String sectionCode, String nature, LocalDate date) {
        return rulesInForce(sectionCode, nature, date).stream().map(TdsSectionRule::paymentCode)
                .filter(c -> c != null).findFirst();
    }

    /** Inserts or replaces the deductor details of a company's TAN. */
    @Transactional
    public void saveDeductor(TdsDeductor d) {
        jdbc.update("delete from tds_deductor where company_id = ? and tan = ?", d.companyId(), d.tan());
        jdbc.update("""
                insert into tds_deductor (company_id, tan, deductor_pan, deductor_name, branch, address1, address2,
                    address3, address4, city, state_code, pin, email, std_code, phone, deductor_type, responsible_name,
                    responsible_designation, responsible_pan, responsible_mobile, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                d.companyId(), d.tan(), d.deductorPan(), d.deductorName(), d.branch(), d.address1(), d.address2(),
                d.address3(), d.address4(), d.city(), d.stateCode(), d.pin(), d.email(), d.stdCode(), d.phone(),
                d.deductorType(), d.responsibleName(), d.responsibleDesignation(), d.responsiblePan(),
                d.responsibleMobile(), Timestamp.from(Instant.now(clock)));
    }

    public Optional<TdsDeductor> deductor(long companyId, String tan) {
        return jdbc.query("select * from tds_deductor where company_id = ? and tan = ?", (rs, n) -> new TdsDeductor(
                rs.getLong("company_id"), rs.getString("tan"), rs.getString("deductor_pan"),
                rs.getString("deductor_name"), rs.getString("branch"), rs.getString("address1"),
                rs.getString("address2"), rs.getString("address3"), rs.getString("address4"), rs.getString("city"),
                rs.getString("state_code"), rs.getString("pin"), rs.getString("email"), rs.getString("std_code"),
                rs.getString("phone"), rs.getString("deductor_type"), rs.getString("responsible_name"),
                rs.getString("responsible_designation"), rs.getString("responsible_pan"),
                rs.getString("responsible_mobile")), companyId, tan).stream().findFirst();
    }

    /** Stores a challan; returns its id. */
    public long recordChallan(TdsChallan c, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into tds_challan (company_id, tan, form_kind, bsr_code, deposit_date, challan_serial,
                        section_code, minor_head, tax, surcharge, cess, interest, fee, other_amount, total, created_at,
                        created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, c.companyId());
            ps.setString(2, c.tan());
            ps.setString(3, c.formKind());
            ps.setString(4, c.bsrCode());
            ps.setDate(5, Date.valueOf(c.depositDate()));
            ps.setString(6, c.challanSerial());
            ps.setString(7, c.sectionCode());
            ps.setString(8, c.minorHead());
            ps.setBigDecimal(9, c.tax());
            ps.setBigDecimal(10, c.surcharge());
            ps.setBigDecimal(11, c.cess());
            ps.setBigDecimal(12, c.interest());
            ps.setBigDecimal(13, c.fee());
            ps.setBigDecimal(14, c.others());
            ps.setBigDecimal(15, c.total());
            ps.setTimestamp(16, Timestamp.from(Instant.now(clock)));
            ps.setString(17, by);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<TdsChallan> challan(long companyId, long id) {
        return jdbc.query("select * from tds_challan where company_id = ? and id = ?", TdsRecords::challan,
                companyId, id).stream().findFirst();
    }

    /** The challans of a TAN and form kind deposited from {@code from} to {@code to} inclusive, by date. */
    public List<TdsChallan> challans(long companyId, String tan, String formKind, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select * from tds_challan where company_id = ? and tan = ? and form_kind = ?
                   and deposit_date between ? and ? order by deposit_date, id""", TdsRecords::challan,
                companyId, tan, formKind, Date.valueOf(from), Date.valueOf(to));
    }

    /** Links the TDS of a salary month to the challan it was deposited with (replacing an earlier link). */
    @Transactional
    public void linkSalaryChallan(long companyId, String tan, String payMonth, long challanId) {
        jdbc.update("delete from tds_salary_challan where company_id = ? and tan = ? and pay_month = ?",
                companyId, tan, payMonth);
        jdbc.update("insert into tds_salary_challan (company_id, tan, pay_month, challan_id) values (?, ?, ?, ?)",
                companyId, tan, payMonth, challanId);
    }

    /** The challan id of each salary month ('YYYY-MM') of a TAN that has one. */
    public Map<String, Long> salaryChallans(long companyId, String tan) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.query("select pay_month, challan_id from tds_salary_challan where company_id = ? and tan = ?",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, companyId, tan);
        return out;
    }

    /**
     * What a deductee (by PAN when given, else by party, else by name) was paid under a section and nature from
     * {@code fyStart} to {@code upTo} inclusive, as recorded so far: the aggregate a new payment adds to.
     */
    public AggregateSoFar aggregateSoFar(long companyId, String tan, String pan, Long partyId, String name,
                                         String sectionCode, String nature, LocalDate fyStart, LocalDate upTo) {
        String who;
        Object key;
        if (pan != null && !pan.isBlank()) {
            who = "deductee_pan = ?";
            key = pan;
        } else if (partyId != null) {
            who = "party_id = ?";
            key = partyId;
        } else {
            who = "deductee_name = ?";
            key = name;
        }
        return jdbc.queryForObject("select coalesce(sum(amount_paid), 0), coalesce(sum(tds_base), 0) from tds_deduction"
                        + " where company_id = ? and tan = ? and " + who + " and section_code = ? and nature = ?"
                        + " and payment_date between ? and ?",
                (rs, n) -> new AggregateSoFar(rs.getBigDecimal(1), rs.getBigDecimal(2)),
                companyId, tan, key, sectionCode, nature, Date.valueOf(fyStart), Date.valueOf(upTo));
    }

    /** Stores a deduction; returns its id. */
    public long recordDeduction(TdsDeduction d, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into tds_deduction (company_id, tan, party_id, deductee_pan, deductee_name, deductee_kind,
                        section_code, nature, payment_code, payment_date, amount_paid, tds_base, rate_percent, tds,
                        reason_code, reason, challan_id, deduction_date, created_at, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, d.companyId());
            ps.setString(2, d.tan());
            if (d.partyId() == null) {
                ps.setNull(3, Types.BIGINT);
            } else {
                ps.setLong(3, d.partyId());
            }
            ps.setString(4, d.deducteePan());
            ps.setString(5, d.deducteeName());
            ps.setString(6, d.deducteeKind().name());
            ps.setString(7, d.sectionCode());
            ps.setString(8, d.nature());
            ps.setString(9, d.paymentCode());
            ps.setDate(10, Date.valueOf(d.paymentDate()));
            ps.setBigDecimal(11, d.amountPaid());
            ps.setBigDecimal(12, d.tdsBase());
            ps.setBigDecimal(13, d.ratePercent());
            ps.setBigDecimal(14, d.tds());
            ps.setString(15, d.reasonCode());
            ps.setString(16, d.reason());
            if (d.challanId() == null) {
                ps.setNull(17, Types.BIGINT);
            } else {
                ps.setLong(17, d.challanId());
            }
            ps.setDate(18, Date.valueOf(d.deductionDate()));
            ps.setTimestamp(19, Timestamp.from(Instant.now(clock)));
            ps.setString(20, by);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The vendor deductions of a TAN with payment or credit from {@code from} to {@code to}, by date. */
    public List<TdsDeduction> deductions(long companyId, String tan, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select * from tds_deduction where company_id = ? and tan = ? and payment_date between ? and ?
                 order by challan_id, payment_date, id""", TdsRecords::deduction,
                companyId, tan, Date.valueOf(from), Date.valueOf(to));
    }

    private static TdsSectionRule rule(ResultSet rs, int n) throws SQLException {
        Date to = rs.getDate("effective_to");
        return new TdsSectionRule(rs.getString("section_code"), rs.getString("nature"), rs.getString("deductee_class"),
                rs.getBigDecimal("rate_percent"), rs.getBigDecimal("no_pan_rate_percent"),
                TdsSectionRule.ThresholdBasis.valueOf(rs.getString("threshold_basis")),
                rs.getBigDecimal("single_threshold"), rs.getBigDecimal("aggregate_threshold"),
                rs.getString("section_2025"), rs.getString("payment_code"), rs.getString("description"),
                rs.getDate("effective_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                rs.getString("source_note"));
    }

    private static TdsChallan challan(ResultSet rs, int n) throws SQLException {
        return new TdsChallan(rs.getLong("id"), rs.getLong("company_id"), rs.getString("tan"), rs.getString("form_kind"),
                rs.getString("bsr_code"), rs.getDate("deposit_date").toLocalDate(), rs.getString("challan_serial"),
                rs.getString("section_code"), rs.getString("minor_head"), rs.getBigDecimal("tax"),
                rs.getBigDecimal("surcharge"), rs.getBigDecimal("cess"), rs.getBigDecimal("interest"),
                rs.getBigDecimal("fee"), rs.getBigDecimal("other_amount"), rs.getBigDecimal("total"));
    }

    private static TdsDeduction deduction(ResultSet rs, int n) throws SQLException {
        long challanId = rs.getLong("challan_id");
        Long challan = rs.wasNull() ? null : challanId;
        long partyId = rs.getLong("party_id");
        Long party = rs.wasNull() ? null : partyId;
        return new TdsDeduction(rs.getLong("id"), rs.getLong("company_id"), rs.getString("tan"), party,
                rs.getString("deductee_pan"), rs.getString("deductee_name"),
                DeducteeKind.valueOf(rs.getString("deductee_kind")), rs.getString("section_code"),
                rs.getString("nature"), rs.getString("payment_code"), rs.getDate("payment_date").toLocalDate(),
                rs.getBigDecimal("amount_paid"), rs.getBigDecimal("tds_base"), rs.getBigDecimal("rate_percent"),
                rs.getBigDecimal("tds"), rs.getString("reason_code"), rs.getString("reason"), challan,
                rs.getDate("deduction_date").toLocalDate());
    }
}
