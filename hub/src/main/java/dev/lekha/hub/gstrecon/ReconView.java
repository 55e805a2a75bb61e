package dev.lekha.hub.gstrecon;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gstr2b.GstReconciliations;
import dev.lekha.domain.gstr2b.ReconLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reconciliation lines of a GSTIN's financial year as people review them: each line with the purchase invoice
 * and the GSTR-2B document it pairs (or the one it lacks), the rule, the reason and the decision.
 */
@Component
public class ReconView {

    private final GstReconciliations reconciliations;
    private final NamedParameterJdbcTemplate jdbc;

    public ReconView(GstReconciliations reconciliations, NamedParameterJdbcTemplate jdbc) {
        this.reconciliations = reconciliations;
        this.jdbc = jdbc;
    }

    /** One side of a line: a purchase invoice in the books, or a document in GSTR-2B. */
    public record Side(long id, String supplierGstin, String supplierName, String type, String number, LocalDate date,
                       BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess,
                       String extra) {
    }

    /** A line with both sides resolved. */
    public record Row(long id, String outcome, String rule, String reason, String differences, String decision,
                      String decidedBy, Instant decidedAt, Side books, Side gstr2b) {
    }

    public List<Row> rows(long companyId, Gstin gstin, GstReturnPeriod period, String outcome) {
        List<ReconLine> lines = reconciliations.list(companyId, gstin, period, outcome);
        Map<Long, Side> books = sides("select id, supplier_gstin, supplier_name, doc_type, doc_number, doc_date,"
                + " taxable_value, igst, cgst, sgst, cess, itc_eligibility as extra from purchase_invoice"
                + " where company_id = :company and id in (:ids)", companyId,
                lines.stream().map(ReconLine::purchaseInvoiceId).filter(java.util.Objects::nonNull).toList());
        Map<Long, Side> portal = sides("select id, supplier_gstin, supplier_name, doc_type, doc_number, doc_date,"
                + " taxable_value, igst, cgst, sgst, cess, section || ' ' || return_period || ' itc '"
                + " || coalesce(itc_available, '-') as extra from gstr2b_document where company_id = :company and id in"
                + " (:ids)", companyId, lines.stream().map(ReconLine::gstr2bDocumentId)
                .filter(java.util.Objects::nonNull).toList());
        return lines.stream().map(l -> new Row(l.id(), l.outcome(), l.rule(), l.reason(), l.differences(),
                l.decision(), l.decidedBy(), l.decidedAt(), l.purchaseInvoiceId() == null ? null
                : books.get(l.purchaseInvoiceId()), l.gstr2bDocumentId() == null ? null
                : portal.get(l.gstr2bDocumentId()))).toList();
    }

    /** Lines per outcome, for the filter's counts. */
    public Map<String, Long> counts(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(Row::outcome, java.util.TreeMap::new, Collectors.counting()));
    }

    private Map<Long, Side> sides(String sql, long companyId, List<Long> ids) {
        Map<Long, Side> out = new HashMap<>();
        // in chunks: a year of purchases can exceed what one IN list may carry
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.query(sql, new MapSqlParameterSource("company", companyId).addValue("ids", chunk), rs -> {
                out.put(rs.getLong("id"), new Side(rs.getLong("id"), rs.getString("supplier_gstin"),
                        rs.getString("supplier_name"), rs.getString("doc_type"), rs.getString("doc_number"),
                        rs.getDate("doc_date").toLocalDate(), rs.getBigDecimal("taxable_value"), rs.getBigDecimal("igst"),
                        rs.getBigDecimal("cgst"), rs.getBigDecimal("sgst"), rs.getBigDecimal("cess"),
                        rs.getString("extra")));
            });
        }
        return out;
    }
}
