package dev.lekha.domain.gstr2b;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does with the GSTR-2B reconciliation: list its lines, accept or reject a suggestion,
 * match two documents by hand, undo a match. Every decision records who and when, and every later run
 * of {@code gstr2b-recon} respects it (a rejected or undone pair is never proposed again, a manual or
 * accepted pair is kept). Lines belong to a company: a line id of another company is "not found".
 */
@Service
public class GstReconciliations {

    private static final String COLUMNS = "id, gstin, financial_year, purchase_invoice_id, gstr2b_document_id, outcome,"
            + " match_rule, reason, differences, decision, decided_by, decided_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public GstReconciliations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The current lines of a GSTIN for the financial year of {@code period} (the reconciliation runs over
     * the year to date), rejected pairs left out.
     *
     * @param outcome an outcome name (EXACT_MATCH, SUGGESTED_MATCH, MISMATCH, MISSING_IN_2B, MISSING_IN_BOOKS,
     *                MANUAL_MATCH) or null for all
     * @return never null, ordered by id
     */
    public List<ReconLine> list(long companyId, Gstin gstin, GstReturnPeriod period, String outcome) {
        String sql = "select " + COLUMNS + " from gst_recon_pair where company_id = ? and gstin = ? and financial_year = ?"
                + " and decision <> 'REJECTED'" + (outcome == null ? "" : " and outcome = ?") + " order by id";
        Object[] args = outcome == null
                ? new Object[] {companyId, gstin.value(), period.financialYear().toString()}
                : new Object[] {companyId, gstin.value(), period.financialYear().toString(), outcome};
        return jdbc.query(sql, GstReconciliations::line, args);
    }

    /** Accepts a proposed suggestion or mismatch: the pair counts as matched (its ITC can be claimed). */
    @Transactional
    public ReconLine accept(long companyId, long lineId, String user) {
        ReconLine line = line(companyId, lineId);
        if (!"PROPOSED".equals(line.decision()) || !(line.outcome().equals("SUGGESTED_MATCH")
                || line.outcome().equals("MISMATCH"))) {
            throw new ReconDecisionException("line " + lineId + " is a " + line.outcome() + " (" + line.decision()
                    + "); only a proposed SUGGESTED_MATCH or MISMATCH can be accepted");
        }
        return decide(companyId, lineId, "ACCEPTED", user);
    }

    /** Rejects a proposed pair: the two documents are never proposed together again. */
    @Transactional
    public ReconLine reject(long companyId, long lineId, String user) {
        ReconLine line = line(companyId, lineId);
        if (!"PROPOSED".equals(line.decision()) || line.purchaseInvoiceId() == null || line.gstr2bDocumentId() == null) {
            throw new ReconDecisionException("line " + lineId + " is not a proposed pair (" + line.outcome() + ", "
                    + line.decision() + "); only a proposed pair can be rejected");
        }
        return decide(companyId, lineId, "REJECTED", user);
    }

    /** Undoes a pair of any kind (exact, suggested, accepted, manual): it becomes a rejected pair. */
    @Transactional
    public ReconLine unmatch(long companyId, long lineId, String user) {
        ReconLine line = line(companyId, lineId);
        if (line.purchaseInvoiceId() == null || line.gstr2bDocumentId() == null || "REJECTED".equals(line.decision())) {
            throw new ReconDecisionException("line " + lineId + " is not a pair; there is nothing to unmatch");
        }
        return decide(companyId, lineId, "REJECTED", user);
    }

    /**
     * Matches a purchase invoice with a 2B document by hand. Proposals involving either document are
     * dropped; a document already in a decided pair must be unmatched first.
     *
     * @return the new manual line
     */
    @Transactional
    public ReconLine matchByHand(long companyId, long purchaseInvoiceId, long gstr2bDocumentId, String user) {
        Objects.requireNonNull(user, "user must not be null");
        var book = jdbc.queryForList("""
                select r.gstin, p.doc_date from purchase_invoice p join gst_registration r on r.id = p.registration_id
                where p.id = ? and p.company_id = ?""", purchaseInvoiceId, companyId);
        var portal = jdbc.queryForList("""
                select gstin, financial_year, return_period, supplier_gstin, doc_type, doc_number from gstr2b_document
                where id = ? and company_id = ?""", gstr2bDocumentId, companyId);
        if (book.isEmpty() || portal.isEmpty()) {
            throw new ReconDecisionException("purchase invoice " + purchaseInvoiceId + " or GSTR-2B document "
                    + gstr2bDocumentId + " does not exist in company " + companyId);
        }
        String gstin = (String) portal.get(0).get("gstin");
        if (!gstin.equals(book.get(0).get("gstin"))) {
            throw new ReconDecisionException("the purchase invoice was received by " + book.get(0).get("gstin")
                    + " but the 2B document is in the statement of " + gstin + "; match documents of one GSTIN");
        }
        Integer decided = jdbc.queryForObject("""
                select count(*) from gst_recon_pair where company_id = ? and decision in ('MANUAL', 'ACCEPTED')
                  and (purchase_invoice_id = ? or gstr2b_document_id = ?)""", Integer.class, companyId,
                purchaseInvoiceId, gstr2bDocumentId);
        if (decided != null && decided > 0) {
            throw new ReconDecisionException("one of the documents is already in a manual or accepted pair; unmatch it first");
        }
        jdbc.update("delete from gst_recon_pair where company_id = ? and decision = 'PROPOSED'"
                + " and (purchase_invoice_id = ? or gstr2b_document_id = ?)", companyId, purchaseInvoiceId, gstr2bDocumentId);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var row = portal.get(0);
        jdbc.update("""
                insert into gst_recon_pair (company_id, gstin, financial_year, return_period, purchase_invoice_id,
                  gstr2b_document_id, portal_supplier_gstin, portal_doc_type, portal_doc_number, outcome, match_rule,
                  reason, decision, decided_by, decided_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'MANUAL_MATCH', 'MANUAL', 'matched by hand', 'MANUAL', ?, ?, ?)""",
                companyId, gstin, dev.lekha.domain.gst.FinancialYear.of(
                        ((java.sql.Date) book.get(0).get("doc_date")).toLocalDate()).toString(),
                row.get("return_period"), purchaseInvoiceId, gstr2bDocumentId, row.get("supplier_gstin"),
                row.get("doc_type"), row.get("doc_number"), user, now, now);
        Long id = jdbc.queryForObject("select max(id) from gst_recon_pair where company_id = ? and purchase_invoice_id = ?"
                + " and gstr2b_document_id = ? and decision = 'MANUAL'", Long.class, companyId, purchaseInvoiceId,
                gstr2bDocumentId);
        return line(companyId, Objects.requireNonNull(id));
    }

    private ReconLine decide(long companyId, long lineId, String decision, String user) {
        Objects.requireNonNull(user, "user must not be null");
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update("update gst_recon_pair set decision = ?, decided_by = ?, decided_at = ? where id = ? and company_id = ?",
                decision, user, now, lineId, companyId);
        return line(companyId, lineId);
    }

    private static ReconLine line(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime decidedAt = rs.getObject(12, OffsetDateTime.class);
        return new ReconLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), decidedAt == null ? null : decidedAt.toInstant());
    }

    private ReconLine line(long companyId, long lineId) {
        List<ReconLine> found = jdbc.query("select " + COLUMNS + " from gst_recon_pair where id = ? and company_id = ?",
                GstReconciliations::line, lineId, companyId);
        if (found.isEmpty()) {
            throw new ReconDecisionException("reconciliation line " + lineId + " does not exist in company " + companyId);
        }
        return found.get(0);
    }
}
