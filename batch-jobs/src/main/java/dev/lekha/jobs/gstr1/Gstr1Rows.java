package dev.lekha.jobs.gstr1;

import dev.lekha.domain.gst.SupplyType;
import dev.lekha.mappings.gst.gstr1.Gstr1Amounts;
import dev.lekha.mappings.gst.gstr1.Gstr1Document;
import dev.lekha.mappings.gst.gstr1.Gstr1Line;
import dev.lekha.mappings.gst.gstr1.TaxCategory;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The SQL columns of one document line joined to its document, and the folding of consecutive rows of one
 * document (rows ordered by document, then line) into a {@link Gstr1Document}: only the current document's lines
 * are ever held.
 */
final class Gstr1Rows {

    /** Columns of {@code sales_document d} joined to {@code sales_document_line l}. */
    static final String COLUMNS = "d.id as doc_id, d.doc_type, d.doc_number, d.doc_date, d.supply_type,"
            + " d.reverse_charge, d.place_of_supply, d.buyer_gstin, d.ecommerce_gstin, d.port_code,"
            + " d.shipping_bill_number, d.shipping_bill_date, d.total, d.cancelled,"
            + " case when d.doc_type <> 'INV' then (select max(o.total) from sales_document o"
            + "   where o.company_id = d.company_id and o.supplier_gstin = d.supplier_gstin and o.doc_type = 'INV'"
            + "   and o.doc_number = d.preceding_doc_number) end as original_value,"
            + " l.line_no, l.hsn, l.description, l.is_service, l.quantity, l.uqc, l.gst_rate, l.taxable_value,"
            + " l.igst, l.cgst, l.sgst, l.cess, l.tax_category";

    /** One joined row; {@code reported*} set only for documents read as amendments. */
    record Row(long docId, Gstr1Document header, Gstr1Line line, String reportedSection, String reportedNumber,
               LocalDate reportedDate, String reportedPeriod) {
    }

    private Gstr1Rows() {
    }

    static Row row(ResultSet rs, boolean withReported) throws SQLException {
        Gstr1Line line = new Gstr1Line(rs.getInt("line_no"), rs.getString("hsn"), rs.getString("description"),
                rs.getBoolean("is_service"), rs.getBigDecimal("quantity"), rs.getString("uqc"),
                rs.getBigDecimal("gst_rate"), new Gstr1Amounts(rs.getBigDecimal("taxable_value"),
                rs.getBigDecimal("igst"), rs.getBigDecimal("cgst"), rs.getBigDecimal("sgst"), rs.getBigDecimal("cess")),
                TaxCategory.valueOf(rs.getString("tax_category")));
        Gstr1Document header = new Gstr1Document(rs.getString("doc_type"), rs.getString("doc_number"),
                date(rs, "doc_date"), SupplyType.fromCode(rs.getString("supply_type")).orElse(null),
                rs.getBoolean("reverse_charge"), rs.getString("place_of_supply"), rs.getString("buyer_gstin"),
                rs.getString("ecommerce_gstin"), rs.getString("port_code"), rs.getString("shipping_bill_number"),
                date(rs, "shipping_bill_date"), rs.getBigDecimal("total"), rs.getBigDecimal("original_value"),
                rs.getBoolean("cancelled"), List.of(), null);
        if (!withReported) {
            return new Row(rs.getLong("doc_id"), header, line, null, null, null, null);
        }
        return new Row(rs.getLong("doc_id"), header, line, rs.getString("reported_section"),
                rs.getString("reported_number"), date(rs, "reported_date"), rs.getString("reported_period"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** The header with its lines and how it was reported. */
    static Gstr1Document document(Gstr1Document header, List<Gstr1Line> lines, Gstr1Document.Reported reported) {
        return new Gstr1Document(header.docType(), header.number(), header.date(), header.supplyType(),
                header.reverseCharge(), header.placeOfSupply(), header.buyerGstin(), header.ecommerceGstin(),
                header.portCode(), header.shippingBillNumber(), header.shippingBillDate(), header.value(),
                header.originalInvoiceValue(), header.cancelled(), lines, reported);
    }

    /**
     * Folds rows arriving ordered by document then line into documents, handing each on as soon as its last row
     * has gone by. {@link #finish()} hands on the last one.
     */
    static final class Folder {
        private final Consumer<Gstr1Document> out;
        private long docId = -1;
        private Gstr1Document header;
        private Gstr1Document.Reported reported;
        private final List<Gstr1Line> lines = new ArrayList<>();

        Folder(Consumer<Gstr1Document> out) {
            this.out = out;
        }

        void add(long id, Gstr1Document rowHeader, Gstr1Line line, Gstr1Document.Reported rowReported) {
            if (id != docId) {
                finish();
                docId = id;
                header = rowHeader;
                reported = rowReported;
            }
            lines.add(line);
        }

        void finish() {
            if (header != null) {
                out.accept(document(header, lines, reported));
                header = null;
                lines.clear();
            }
        }
    }

    static BigDecimal signed(String docType, BigDecimal amount) {
        return "CRN".equals(docType) ? amount.negate() : amount;
    }
}
