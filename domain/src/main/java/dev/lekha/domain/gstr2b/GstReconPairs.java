package dev.lekha.domain.gstr2b;

import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.gst.GstReturnPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the {@code gstr2b-recon} job reads and writes: the two sides of one supplier PAN at a time, the
 * people's decisions that a run must respect, and the pairs it produces ({@code gst_recon_pair}).
 *
 * <p>A run of a GSTIN and financial year first drops the previous run's proposals
 * ({@link #startRun}), then writes its pairs; rows holding a decision (manual, accepted, rejected) are
 * never deleted by a run, only refreshed.
 */
@Component
public class GstReconPairs {

    /** A person's decision: {@code kind} is MANUAL, ACCEPTED or REJECTED. */
    public record Decision(long rowId, String kind, long purchaseInvoiceId, long gstr2bDocumentId) {
    }

    /**
     * A pair (or lone document) to write.
     *
     * @param decision the decision kind the pair carries, or null for a proposal
     */
    public record NewPair(ReconSide book, ReconSide portal, String outcome, String rule, String reason,
                          String differences, String decision) {
    }

    /** A stored line with both sides (either may be null), for reports. */
    public record StoredPair(long id, ReconSide book, ReconSide portal, String outcome, String rule, String reason,
                             String differences, String decision) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public GstReconPairs(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The return periods of {@code period}'s financial year up to and including it, as {@code MMYYYY}. */
    static List<String> periodsToDate(GstReturnPeriod period) {
        List<String> periods = new ArrayList<>();
        for (GstReturnPeriod p = GstReturnPeriod.of(period.financialYear().start()); p.compareTo(period) <= 0; p = p.next()) {
            periods.add(p.toString());
        }
        return periods;
    }

    private static String in(List<String> values) {
        return String.join(",", values.stream().map(v -> "'" + v + "'").toList());
    }

    /**
     * The supplier PANs (GSTIN characters 3-12) with a document on either side in the financial year to
     * date, sorted; the empty string stands for 2B documents without a supplier (imports from overseas).
     */
    public List<String> supplierPans(long companyId, String gstin, GstReturnPeriod period) {
        FinancialYear fy = period.financialYear();
        TreeSet<String> pans = new TreeSet<>();
        jdbc.query("""
                select distinct substr(p.supplier_gstin, 3, 10) from purchase_invoice p
                  join gst_registration r on r.id = p.registration_id
                where p.company_id = ? and r.gstin = ? and p.doc_date between ? and ?""",
                rs -> {
                    pans.add(rs.getString(1));
                }, companyId, gstin, java.sql.Date.valueOf(fy.start()), java.sql.Date.valueOf(period.lastDay()));
        jdbc.query("select distinct coalesce(substr(supplier_gstin, 3, 10), '') from gstr2b_document"
                        + " where company_id = ? and gstin = ? and rejected = false and return_period in ("
                        + in(periodsToDate(period)) + ")",
                rs -> {
                    String pan = rs.getString(1);
                    pans.add(pan == null ? "" : pan);
                }, companyId, gstin);
        return List.copyOf(pans);
    }

    /** The purchase invoices of one supplier PAN, financial year to the end of {@code period}. */
    public List<ReconSide> books(long companyId, String gstin, GstReturnPeriod period, String pan) {
        FinancialYear fy = period.financialYear();
        return jdbc.query("""
                select p.id, p.supplier_gstin, p.doc_type, p.doc_number, p.doc_date, p.place_of_supply,
                       p.reverse_charge, p.taxable_value, p.igst, p.cgst, p.sgst, p.cess
                from purchase_invoice p join gst_registration r on r.id = p.registration_id
                where p.company_id = ? and r.gstin = ? and p.doc_date between ? and ?
                  and substr(p.supplier_gstin, 3, 10) = ?
                order by p.supplier_gstin, p.doc_date, p.id""", GstReconPairs::side, companyId, gstin,
                java.sql.Date.valueOf(fy.start()), java.sql.Date.valueOf(period.lastDay()), pan);
    }

    /** The GSTR-2B documents (not rejected on IMS) of one supplier PAN in the statements of the year to date. */
    public List<ReconSide> portal(long companyId, String gstin, GstReturnPeriod period, String pan) {
        String where = pan.isEmpty() ? "supplier_gstin is null" : "substr(supplier_gstin, 3, 10) = ?";
        Object[] args = pan.isEmpty() ? new Object[] {companyId, gstin} : new Object[] {companyId, gstin, pan};
        return jdbc.query("select id, supplier_gstin, doc_type, doc_number, doc_date, place_of_supply, reverse_charge,"
                        + " taxable_value, igst, cgst, sgst, cess from gstr2b_document"
                        + " where company_id = ? and gstin = ? and rejected = false and return_period in ("
                        + in(periodsToDate(period)) + ") and " + where + " order by supplier_gstin, doc_date, id",
                GstReconPairs::side, args);
    }

    /**
     * Streams the current lines of a GSTIN and financial year (rejected pairs left out), by outcome then id.
     */
    public void forEachLine(long companyId, String gstin, FinancialYear fy, java.util.function.Consumer<StoredPair> consumer) {
        String side = "%1$s.id, %1$s.supplier_gstin, %1$s.doc_type, %1$s.doc_number, %1$s.doc_date, %1$s.place_of_supply,"
                + " %1$s.reverse_charge, %1$s.taxable_value, %1$s.igst, %1$s.cgst, %1$s.sgst, %1$s.cess";
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(500);
        streaming.query("select r.id, r.outcome, r.match_rule, r.reason, r.differences, r.decision, "
                        + String.format(side, "p") + ", " + String.format(side, "d")
                        + " from gst_recon_pair r left join purchase_invoice p on p.id = r.purchase_invoice_id"
                        + " left join gstr2b_document d on d.id = r.gstr2b_document_id"
                        + " where r.company_id = ? and r.gstin = ? and r.financial_year = ? and r.decision <> 'REJECTED'"
                        + " order by r.outcome, r.id",
                rs -> {
                    consumer.accept(new StoredPair(rs.getLong(1), sideAt(rs, 7), sideAt(rs, 19), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }, companyId, gstin, fy.toString());
    }

    private static ReconSide sideAt(ResultSet rs, int first) throws SQLException {
        if (rs.getObject(first) == null) {
            return null;
        }
        return new ReconSide(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getDate(first + 4).toLocalDate(), rs.getString(first + 5),
                rs.getBoolean(first + 6), rs.getBigDecimal(first + 7), rs.getBigDecimal(first + 8),
                rs.getBigDecimal(first + 9), rs.getBigDecimal(first + 10), rs.getBigDecimal(first + 11));
    }

    private static ReconSide side(ResultSet rs, int row) throws SQLException {
        return new ReconSide(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getString(6), rs.getBoolean(7), rs.getBigDecimal(8),
                rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12));
    }

    /** People's decisions of the GSTIN and financial year whose both documents still exist. */
    public List<Decision> decisions(long companyId, String gstin, FinancialYear fy) {
        return jdbc.query("""
                select id, decision, purchase_invoice_id, gstr2b_document_id from gst_recon_pair
                where company_id = ? and gstin = ? and financial_year = ? and decision <> 'PROPOSED'
                  and purchase_invoice_id is not null and gstr2b_document_id is not null
                order by decided_at, id""",
                (rs, i) -> new Decision(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                companyId, gstin, fy.toString());
    }

    /** Drops the proposals of earlier runs of this GSTIN and financial year; decisions stay. */
    @Transactional
    public int startRun(long companyId, String gstin, FinancialYear fy) {
        return jdbc.update("delete from gst_recon_pair where company_id = ? and gstin = ? and financial_year = ?"
                + " and decision = 'PROPOSED'", companyId, gstin, fy.toString());
    }

    /** Writes a run's pairs: decided pairs refresh their row, the rest are inserted as proposals. */
    @Transactional
    public void write(long companyId, String gstin, GstReturnPeriod period, Long runId, List<NewPair> pairs) {
        String fy = period.financialYear().toString();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<NewPair> proposals = new ArrayList<>();
        for (NewPair pair : pairs) {
            if (pair.decision() != null && pair.book() != null && pair.portal() != null) {
                jdbc.update("""
                        update gst_recon_pair set outcome = ?, match_rule = ?, reason = ?, differences = ?, run_id = ?,
                          return_period = ?
                        where company_id = ? and gstin = ? and purchase_invoice_id = ? and gstr2b_document_id = ?
                          and decision = ?""", pair.outcome(), pair.rule(), cut(pair.reason(), 1000),
                        cut(pair.differences(), 2000), runId, period.toString(), companyId, gstin, pair.book().id(),
                        pair.portal().id(), pair.decision());
            } else {
                proposals.add(pair);
            }
        }
        jdbc.batchUpdate("""
                insert into gst_recon_pair (company_id, gstin, financial_year, return_period, purchase_invoice_id,
                  gstr2b_document_id, portal_supplier_gstin, portal_doc_type, portal_doc_number, outcome, match_rule,
                  reason, differences, decision, run_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?)""", proposals, 500, (ps, p) -> {
            int i = 1;
            ps.setLong(i++, companyId);
            ps.setString(i++, gstin);
            ps.setString(i++, fy);
            ps.setString(i++, period.toString());
            ps.setObject(i++, p.book() == null ? null : p.book().id());
            ps.setObject(i++, p.portal() == null ? null : p.portal().id());
            ps.setString(i++, p.portal() == null ? null : p.portal().supplierGstin());
            ps.setString(i++, p.portal() == null ? null : p.portal().documentType());
            ps.setString(i++, p.portal() == null ? null : p.portal().number());
            ps.setString(i++, p.outcome());
            ps.setString(i++, p.rule());
            ps.setString(i++, cut(p.reason(), 1000));
            ps.setString(i++, cut(p.differences(), 2000));
            ps.setObject(i++, runId);
            ps.setObject(i, now);
        });
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
