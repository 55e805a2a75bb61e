package dev.lekha.domain.gstr2b;

import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.gst.GstReturnPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the purchase register into {@code purchase_invoice} (and one {@code purchase_invoice_line}
 * each, since the register has one row per invoice), all or nothing, in one transaction.
 * Idempotent on the invoice's unique key (company, supplier GSTIN, financial year, type, number): an
 * invoice already stored is left as it is and counted as already present.
 */
@Component
public class PurchaseRegisterImport {

    /** What an import did; {@code companyId} is the one company all rows belong to. */
    public record Result(long companyId, int inserted, int alreadyPresent) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PurchaseRegisterImport(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @throws InvalidPurchaseRegisterException when a row names a GSTIN that is no active registration,
     *         or the rows belong to more than one company; nothing is stored then
     */
    @Transactional
    public Result importAll(List<IncomingPurchaseInvoice> invoices) {
        Objects.requireNonNull(invoices, "invoices must not be null");
        if (invoices.isEmpty()) {
            throw new InvalidPurchaseRegisterException(List.of("the register holds no invoices"));
        }
        Map<String, long[]> registrations = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (IncomingPurchaseInvoice invoice : invoices) {
            long[] found = registrations.computeIfAbsent(invoice.companyGstin(), gstin -> jdbc.query(
                    "select company_id, id from gst_registration where gstin = ? and active = true",
                    rs -> rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[0], gstin));
            if (found.length == 0) {
                problems.add(invoice.source() + ": company_gstin " + invoice.companyGstin()
                        + " is not an active GST registration of any company in Lekha; check the GSTIN or add the registration");
            }
        }
        long companies = registrations.values().stream().filter(r -> r.length > 0).mapToLong(r -> r[0]).distinct().count();
        if (companies > 1) {
            problems.add("the register mixes invoices of " + companies + " companies; drop one file per company");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPurchaseRegisterException(problems);
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long companyId = registrations.values().iterator().next()[0];
        int inserted = 0;
        for (IncomingPurchaseInvoice invoice : invoices) {
            long registrationId = registrations.get(invoice.companyGstin())[1];
            String fy = FinancialYear.of(invoice.documentDate()).toString();
            Integer present = jdbc.queryForObject("""
                    select count(*) from purchase_invoice where company_id = ? and supplier_gstin = ?
                      and financial_year = ? and doc_type = ? and doc_number = ?""", Integer.class,
                    companyId, invoice.supplierGstin(), fy, invoice.documentType(), invoice.documentNumber());
            if (present != null && present > 0) {
                continue;
            }
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var ps = connection.prepareStatement("""
                        insert into purchase_invoice (company_id, registration_id, supplier_gstin, supplier_name,
                          doc_type, doc_number, doc_date, financial_year, return_period, place_of_supply,
                          reverse_charge, taxable_value, igst, cgst, sgst, cess, total, itc_eligibility, received_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                int i = 1;
                ps.setLong(i++, companyId);
                ps.setLong(i++, registrationId);
                ps.setString(i++, invoice.supplierGstin());
                ps.setString(i++, invoice.supplierName());
                ps.setString(i++, invoice.documentType());
                ps.setString(i++, invoice.documentNumber());
                ps.setDate(i++, java.sql.Date.valueOf(invoice.documentDate()));
                ps.setString(i++, fy);
                ps.setString(i++, GstReturnPeriod.of(invoice.documentDate()).toString());
                ps.setString(i++, invoice.placeOfSupply());
                ps.setBoolean(i++, invoice.reverseCharge());
                ps.setBigDecimal(i++, invoice.taxableValue());
                ps.setBigDecimal(i++, invoice.igst());
                ps.setBigDecimal(i++, invoice.cgst());
                ps.setBigDecimal(i++, invoice.sgst());
                ps.setBigDecimal(i++, invoice.cess());
                ps.setBigDecimal(i++, invoice.total());
                ps.setString(i++, invoice.itcEligibility().name());
                ps.setObject(i, now);
                return ps;
            }, keys);
            long id = Objects.requireNonNull(keys.getKey()).longValue();
            jdbc.update("""
                    insert into purchase_invoice_line (company_id, purchase_invoice_id, line_no, taxable_value,
                      gst_rate, igst, cgst, sgst, cess, itc_eligibility)
                    values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""", companyId, id, invoice.taxableValue(), rate(invoice),
                    invoice.igst(), invoice.cgst(), invoice.sgst(), invoice.cess(), invoice.itcEligibility().name());
            inserted++;
        }
        return new Result(companyId, inserted, invoices.size() - inserted);
    }

    /** The GST rate the taxes imply (IGST, or CGST + SGST, over the taxable value), to 2 decimals. */
    private static BigDecimal rate(IncomingPurchaseInvoice invoice) {
        if (invoice.taxableValue().signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return invoice.igst().add(invoice.cgst()).add(invoice.sgst()).multiply(BigDecimal.valueOf(100))
                .divide(invoice.taxableValue(), 2, RoundingMode.HALF_UP);
    }
}
