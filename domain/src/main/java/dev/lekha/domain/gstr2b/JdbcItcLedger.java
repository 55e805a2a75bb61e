package dev.lekha.domain.gstr2b;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.ItcAvailability;
import dev.lekha.domain.gst.ItcLedger;
import dev.lekha.domain.gst.TaxHeads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * GSTR-3B table 4 from the GSTR-2B reconciliation.
 *
 * <p>The documents counted are those of the period's GSTR-2B statement (not rejected on IMS):
 * <ul>
 *   <li>4A: documents with {@code itcavl} Y that are matched to a purchase invoice (an exact match, a
 *       manual match, or a pair a person accepted; never an unmatched or rejected pair): bills of entry
 *       ({@code impg}, {@code impgsez}) in 4A(1) import of goods, reverse-charge documents in 4A(3), ISD
 *       documents in 4A(4), the rest in 4A(5). 4A(2) import of services is not in GSTR-2B and stays zero.</li>
 *   <li>4B(1): the same credit again when the matched purchase invoice is marked {@code INELIGIBLE}
 *       (blocked under section 17(5)): since the July 2022 table (Notification 14/2022-Central Tax) such
 *       credit is shown in 4A and reversed in 4B(1), so that net ITC (4C) excludes it.</li>
 *   <li>4D(2): documents with {@code itcavl} N (section 16(4) time limit, place-of-supply rules), matched
 *       or not.</li>
 * </ul>
 * Credit notes ({@code CRN}, ISD {@code ISDC}) reduce the row they fall in. Documents with {@code itcavl} T
 * (awaiting an IMS action) count nowhere yet. 4B(2) and 4D(1) are not derived from GSTR-2B and stay zero.
 */
@Component
public class JdbcItcLedger implements ItcLedger {

    private final JdbcTemplate jdbc;

    public JdbcItcLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ItcAvailability forPeriod(long companyId, Gstin gstin, GstReturnPeriod period) {
        Objects.requireNonNull(gstin, "gstin must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Sums sums = new Sums();
        jdbc.query("""
                select d.section, d.reverse_charge, d.doc_type, d.igst, d.cgst, d.sgst, d.cess, p.itc_eligibility
                from gstr2b_document d
                  join gst_recon_pair r on r.gstr2b_document_id = d.id and r.company_id = d.company_id
                  join purchase_invoice p on p.id = r.purchase_invoice_id
                where d.company_id = ? and d.gstin = ? and d.return_period = ? and d.rejected = false
                  and d.itc_available = 'Y' and r.decision <> 'REJECTED'
                  and (r.outcome in ('EXACT_MATCH', 'MANUAL_MATCH') or r.decision in ('ACCEPTED', 'MANUAL'))""",
                rs -> {
                    TaxHeads tax = signed(rs);
                    String section = rs.getString(1);
                    if (section.startsWith("IMPG")) {
                        sums.importOfGoods = sums.importOfGoods.plus(tax);
                    } else if (section.startsWith("ISD")) {
                        sums.isd = sums.isd.plus(tax);
                    } else if (rs.getBoolean(2)) {
                        sums.reverseCharge = sums.reverseCharge.plus(tax);
                    } else {
                        sums.other = sums.other.plus(tax);
                    }
                    if ("INELIGIBLE".equals(rs.getString(8))) {
                        sums.reversed17_5 = sums.reversed17_5.plus(tax);
                    }
                }, companyId, gstin.value(), period.toString());
        jdbc.query("""
                select section, reverse_charge, doc_type, igst, cgst, sgst, cess from gstr2b_document
                where company_id = ? and gstin = ? and return_period = ? and rejected = false and itc_available = 'N'""",
                rs -> {
                    sums.ineligible = sums.ineligible.plus(signed(rs));
                }, companyId, gstin.value(), period.toString());
        return new ItcAvailability(sums.importOfGoods, TaxHeads.ZERO, sums.reverseCharge, sums.isd, sums.other,
                sums.reversed17_5, TaxHeads.ZERO, TaxHeads.ZERO, sums.ineligible);
    }

    private static TaxHeads signed(ResultSet rs) throws SQLException {
        TaxHeads tax = new TaxHeads(rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7));
        String type = rs.getString(3);
        return "CRN".equals(type) || "ISDC".equals(type) ? TaxHeads.ZERO.minus(tax) : tax;
    }

    private static final class Sums {
        TaxHeads importOfGoods = TaxHeads.ZERO;
        TaxHeads reverseCharge = TaxHeads.ZERO;
        TaxHeads isd = TaxHeads.ZERO;
        TaxHeads other = TaxHeads.ZERO;
        TaxHeads reversed17_5 = TaxHeads.ZERO;
        TaxHeads ineligible = TaxHeads.ZERO;
    }
}
