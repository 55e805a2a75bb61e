package dev.lekha.jobs;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts companies, registrations and sales documents straight into the tables for job tests. */
public final class SalesDocumentsFixture {

    private final JdbcTemplate jdbc;

    public SalesDocumentsFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A company with a made-up PAN (unique per call) and the given registrations; returns its id. */
    public long company(String pan, String... gstins) {
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at)"
                + " values (?, ?, true, false, ?)", "Test company " + pan, pan, Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        for (String gstin : gstins) {
            jdbc.update("insert into gst_registration (company_id, gstin, state_code, active) values (?, ?, ?, true)",
                    id, gstin, gstin.substring(0, 2));
        }
        return id;
    }

    /**
     * An inter-state B2B invoice (IGST only) of the given amounts; total = taxable + igst.
     */
    public void invoice(long companyId, String supplierGstin, String number, LocalDate date, String period,
                        String taxable, String igst) {
        document(companyId, supplierGstin, "INV", number, date, period, new BigDecimal(taxable), new BigDecimal(igst));
    }

    public void document(long companyId, String supplierGstin, String type, String number, LocalDate date,
                         String period, BigDecimal taxable, BigDecimal igst) {
        long registration = jdbc.queryForObject("select id from gst_registration where gstin = ?", Long.class,
                supplierGstin);
        jdbc.update("insert into sales_document (company_id, registration_id, supplier_gstin, doc_type, doc_number,"
                        + " doc_date, financial_year, return_period, supply_type, reverse_charge, place_of_supply,"
                        + " buyer_gstin, buyer_legal_name, buyer_state_code, taxable_value, igst, cgst, sgst, cess,"
                        + " other_charges, round_off, total, content_sha256, source_channel, received_at,"
                        + " einvoice_status) values (?,?,?,?,?,?,?,?,'B2B',false,'33','33AACCT5566P1ZS',"
                        + " 'Tamil Traders','33',?,?,0,0,0,0,0,?,?, 'TEST', ?, 'NOT_APPLICABLE')",
                companyId, registration, supplierGstin, type, number, Date.valueOf(date), "2026-27", period,
                taxable, igst, taxable.add(igst), String.format("%064d", Math.abs(number.hashCode())),
                Timestamp.from(Instant.now()));
    }
}
