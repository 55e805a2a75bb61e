package dev.lekha.jobs.gstr1;

import dev.lekha.mappings.gst.gstr1.Gstr1Document;
import dev.lekha.mappings.gst.gstr1.Gstr1Line;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts GSTR-1 test documents (with lines), advances and a filed GSTR-1 straight into the tables. */
final class Gstr1Seed {

    private final JdbcTemplate jdbc;

    Gstr1Seed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A company (sandbox: false, so GSTIN check characters are verified) with one registration. */
    long company(String pan, String gstin) {
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at)"
                + " values (?, ?, false, false, ?)", "GSTR-1 company " + pan, pan, Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        jdbc.update("insert into gst_registration (company_id, gstin, state_code, active) values (?, ?, ?, true)",
                id, gstin, gstin.substring(0, 2));
        return id;
    }

    /** Inserts the document of {@code period}; returns its id. Header amounts are the sums of the lines. */
    long document(long companyId, String gstin, Gstr1Document d, String period, String preceding, String sha) {
        long registration = jdbc.queryForObject("select id from gst_registration where gstin = ?", Long.class, gstin);
        BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Gstr1Line l : d.lines()) {
            sum[0] = sum[0].add(l.amounts().taxable());
            sum[1] = sum[1].add(l.amounts().igst());
            sum[2] = sum[2].add(l.amounts().cgst());
            sum[3] = sum[3].add(l.amounts().sgst());
            sum[4] = sum[4].add(l.amounts().cess());
        }
        jdbc.update("insert into sales_document (company_id, registration_id, supplier_gstin, doc_type, doc_number,"
                        + " doc_date, financial_year, return_period, supply_type, reverse_charge, place_of_supply,"
                        + " buyer_gstin, buyer_legal_name, buyer_state_code, preceding_doc_number, taxable_value, igst,"
                        + " cgst, sgst, cess, other_charges, round_off, total, content_sha256, source_channel,"
                        + " received_at, einvoice_status, ecommerce_gstin, port_code, shipping_bill_number,"
                        + " shipping_bill_date, cancelled) values (?,?,?,?,?,?,'2024-25',?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,?,?,"
                        + "'TEST',?,'NOT_APPLICABLE',?,?,?,?,?)",
                companyId, registration, gstin, d.docType(), d.number(), Date.valueOf(d.date()), period,
                d.supplyType() == null ? "B2X" : d.supplyType().name(), d.reverseCharge(), d.placeOfSupply(),
                d.buyerGstin(), d.buyerGstin() == null ? null : "Buyer " + d.buyerGstin(),
                d.buyerGstin() == null ? null : d.buyerGstin().substring(0, 2), preceding, sum[0], sum[1], sum[2],
                sum[3], sum[4], d.value(), sha, Timestamp.from(Instant.now()), d.ecommerceGstin(), d.portCode(),
                d.shippingBillNumber(), d.shippingBillDate() == null ? null : Date.valueOf(d.shippingBillDate()),
                d.cancelled());
        long id = jdbc.queryForObject("select id from sales_document where company_id = ? and doc_number = ?",
                Long.class, companyId, d.number());
        for (Gstr1Line l : d.lines()) {
            jdbc.update("insert into sales_document_line (company_id, sales_document_id, line_no, description, hsn,"
                            + " is_service, quantity, uqc, unit_price, discount, taxable_value, gst_rate, igst, cgst, sgst,"
                            + " cess, tax_category) values (?,?,?,?,?,?,?,?,0,0,?,?,?,?,?,?,?)",
                    companyId, id, l.lineNo(), l.description(), l.hsn(), l.service(), l.quantity(), l.uqc(),
                    l.amounts().taxable(), l.rate(), l.amounts().igst(), l.amounts().cgst(), l.amounts().sgst(),
                    l.amounts().cess(), l.category().name());
        }
        return id;
    }

    void advance(long companyId, String gstin, String kind, String reference, String period, String pos, String rate,
                 String amount, String igst, String cgst, String sgst) {
        long registration = jdbc.queryForObject("select id from gst_registration where gstin = ?", Long.class, gstin);
        jdbc.update("insert into gst_advance (company_id, registration_id, supplier_gstin, kind, reference, entry_date,"
                        + " return_period, place_of_supply, gst_rate, amount, igst, cgst, sgst, cess, created_at)"
                        + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)", companyId, registration, gstin, kind, reference,
                Date.valueOf(LocalDate.of(2024, 8, 20)), period, pos, new BigDecimal(rate), new BigDecimal(amount),
                new BigDecimal(igst), new BigDecimal(cgst), new BigDecimal(sgst), Timestamp.from(Instant.now()));
    }

    /** A FILED GSTR-1 of {@code period} that reported the document with content {@code sha}. */
    void filedReport(long companyId, String gstin, String period, long documentId, String section, String number,
                     LocalDate date, String sha) {
        jdbc.update("insert into gst_return (company_id, gstin, return_period, return_type, return_version, status,"
                + " created_at, filed_at, arn, row_version) values (?, ?, ?, 'GSTR1', 1, 'FILED', ?, ?, 'AA270824123456X', 0)",
                companyId, gstin, period, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        long returnId = jdbc.queryForObject("select max(id) from gst_return where company_id = ?", Long.class, companyId);
        jdbc.update("insert into gstr1_reported_document (company_id, gst_return_id, sales_document_id, gstin,"
                + " return_period, section, doc_number, doc_date, content_sha256) values (?,?,?,?,?,?,?,?,?)",
                companyId, returnId, documentId, gstin, period, section, number, Date.valueOf(date), sha);
    }

    /** A FILED GSTR-1 of {@code period} (reporting nothing yet); returns its id. */
    long filedReturn(long companyId, String gstin, String period) {
        jdbc.update("insert into gst_return (company_id, gstin, return_period, return_type, return_version, status,"
                + " created_at, filed_at, arn, row_version) values (?, ?, ?, 'GSTR1', 1, 'FILED', ?, ?, 'AA270824123456X', 0)",
                companyId, gstin, period, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from gst_return where company_id = ?", Long.class, companyId);
    }

    /**
     * The filed return {@code returnId} reported the B2C document with content {@code sha} in the b2cs bucket(s)
     * of place of supply {@code pos} at {@code rates}, as GstReturns records a filing.
     */
    void reportedB2c(long companyId, long returnId, String gstin, String period, long documentId, String number,
                     LocalDate date, String sha, String pos, String... rates) {
        jdbc.update("insert into gstr1_reported_document (company_id, gst_return_id, sales_document_id, gstin,"
                + " return_period, section, doc_number, doc_date, content_sha256, place_of_supply, ecommerce_gstin)"
                + " values (?,?,?,?,?,'b2c',?,?,?,?,null)", companyId, returnId, documentId, gstin, period, number,
                Date.valueOf(date), sha, pos);
        long id = jdbc.queryForObject("select id from gstr1_reported_document where gst_return_id = ?"
                + " and sales_document_id = ?", Long.class, returnId, documentId);
        for (String rate : rates) {
            jdbc.update("insert into gstr1_reported_rate (reported_document_id, gst_rate) values (?, ?)", id,
                    new BigDecimal(rate));
        }
    }
}
