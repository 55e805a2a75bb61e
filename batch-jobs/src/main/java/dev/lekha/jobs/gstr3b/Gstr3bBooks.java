package dev.lekha.jobs.gstr3b;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.gst.TaxHeads;
import dev.lekha.domain.invoice.DocumentType;
import dev.lekha.mappings.gst.gstr3b.AdvanceTotals;
import dev.lekha.mappings.gst.gstr3b.InwardSupplyTotals;
import dev.lekha.mappings.gst.gstr3b.OutwardSupplyTotals;
import dev.lekha.mappings.gst.gstr3b.RecipientClass;
import dev.lekha.mappings.gst.gstr3b.TaxCategory;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The period's books for one GSTIN, summed in the database ({@code GROUP BY}): the database returns a few
 * dozen rows whatever the number of documents, and {@link dev.lekha.mappings.gst.gstr3b.Gstr3bCalculator}
 * decides which table each goes to.
 *
 * <p>Sales: documents of the GSTIN ({@code supplier_gstin}) with this {@code return_period}, cancelled ones
 * left out (a cancelled document is not a supply), summed over their lines. The buyer's class is derived as
 * {@link RecipientClass} documents: no buyer GSTIN is unregistered; {@code UN}/{@code ON} at positions 13-14 is
 * a UIN; a GSTIN in {@code gst_composition_taxpayer} on the document date is a composition taxpayer.
 * Advances: {@code gst_advance} rows of the GSTIN and period, by kind and place of supply.
 * Purchases: invoices and notes booked to the GSTIN's registration ({@code purchase_invoice.registration_id})
 * with this {@code return_period}; purchases without a registration are not in any GSTIN's return.
 */
class Gstr3bBooks {

    private static final String RECIPIENT = "case when d.buyer_gstin is null then 'UNREGISTERED'"
            + " when substr(d.buyer_gstin, 13, 2) in ('UN', 'ON') then 'UIN_HOLDER'"
            + " when exists (select 1 from gst_composition_taxpayer c where c.company_id = d.company_id"
            + " and c.gstin = d.buyer_gstin and c.effective_from <= d.doc_date"
            + " and (c.effective_to is null or c.effective_to >= d.doc_date)) then 'COMPOSITION'"
            + " else 'REGISTERED' end";

    private static final String OUTWARD = "select doc_type, supply_type, tax_category, place_of_supply,"
            + " reverse_charge, recipient, ecommerce_gstin, sum(taxable_value) as taxable_value, sum(igst) as igst,"
            + " sum(cgst) as cgst, sum(sgst) as sgst, sum(cess) as cess from ("
            + "select d.doc_type, d.supply_type, l.tax_category, d.place_of_supply, d.reverse_charge, "
            + RECIPIENT + " as recipient, d.ecommerce_gstin, l.taxable_value, l.igst, l.cgst, l.sgst, l.cess"
            + " from sales_document d join sales_document_line l on l.sales_document_id = d.id"
            + " where d.company_id = ? and d.supplier_gstin = ? and d.return_period = ? and d.cancelled = false"
            + ") s group by doc_type, supply_type, tax_category, place_of_supply, reverse_charge, recipient,"
            + " ecommerce_gstin order by doc_type, supply_type, tax_category, place_of_supply, recipient";

    private static final String INWARD = "select doc_type, tax_category, reverse_charge, composition_supplier,"
            + " supplier_state, place_of_supply, sum(taxable_value) as taxable_value, sum(igst) as igst,"
            + " sum(cgst) as cgst, sum(sgst) as sgst, sum(cess) as cess from ("
            + "select p.doc_type, l.tax_category, p.reverse_charge, p.composition_supplier,"
            + " substr(p.supplier_gstin, 1, 2) as supplier_state, p.place_of_supply, l.taxable_value, l.igst, l.cgst,"
            + " l.sgst, l.cess from purchase_invoice p join purchase_invoice_line l on l.purchase_invoice_id = p.id"
            + " where p.company_id = ? and p.registration_id = ? and p.return_period = ?"
            + ") s group by doc_type, tax_category, reverse_charge, composition_supplier, supplier_state, place_of_supply"
            + " order by doc_type, tax_category, supplier_state, place_of_supply";

    private static final String ADVANCES = "select kind, place_of_supply, sum(amount) as amount, sum(igst) as igst,"
            + " sum(cgst) as cgst, sum(sgst) as sgst, sum(cess) as cess from gst_advance"
            + " where company_id = ? and supplier_gstin = ? and return_period = ?"
            + " group by kind, place_of_supply order by kind, place_of_supply";

    private final JdbcTemplate jdbc;

    Gstr3bBooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OutwardSupplyTotals> outward(long companyId, String gstin, GstReturnPeriod period) {
        return jdbc.query(OUTWARD, (rs, n) -> new OutwardSupplyTotals(DocumentType.valueOf(rs.getString("doc_type")),
                SupplyType.valueOf(rs.getString("supply_type")), TaxCategory.valueOf(rs.getString("tax_category")),
                rs.getString("place_of_supply"), rs.getBoolean("reverse_charge"),
                RecipientClass.valueOf(rs.getString("recipient")), rs.getString("ecommerce_gstin"),
                rs.getBigDecimal("taxable_value"), new TaxHeads(rs.getBigDecimal("igst"), rs.getBigDecimal("cgst"),
                rs.getBigDecimal("sgst"), rs.getBigDecimal("cess"))), companyId, gstin, period.toString());
    }

    List<AdvanceTotals> advances(long companyId, String gstin, GstReturnPeriod period) {
        return jdbc.query(ADVANCES, (rs, n) -> new AdvanceTotals(AdvanceTotals.Kind.valueOf(rs.getString("kind")),
                rs.getString("place_of_supply"), rs.getBigDecimal("amount"), new TaxHeads(rs.getBigDecimal("igst"),
                rs.getBigDecimal("cgst"), rs.getBigDecimal("sgst"), rs.getBigDecimal("cess"))),
                companyId, gstin, period.toString());
    }

    List<InwardSupplyTotals> inward(long companyId, long registrationId, GstReturnPeriod period) {
        return jdbc.query(INWARD, (rs, n) -> new InwardSupplyTotals(DocumentType.valueOf(rs.getString("doc_type")),
                TaxCategory.valueOf(rs.getString("tax_category")), rs.getBoolean("reverse_charge"),
                rs.getBoolean("composition_supplier"), rs.getString("supplier_state"), rs.getString("place_of_supply"),
                rs.getBigDecimal("taxable_value"), new TaxHeads(rs.getBigDecimal("igst"), rs.getBigDecimal("cgst"),
                rs.getBigDecimal("sgst"), rs.getBigDecimal("cess"))), companyId, registrationId, period.toString());
    }
}
