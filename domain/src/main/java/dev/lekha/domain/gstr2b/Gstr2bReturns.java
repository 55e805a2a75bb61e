package dev.lekha.domain.gstr2b;

import dev.lekha.domain.gstr2b.Gstr2bStatementData.Document;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The GSTR-2B statements of the company's GSTINs, one per GSTIN and period. A statement downloaded
 * again for the same GSTIN and period replaces the previous one's documents; people's reconciliation
 * decisions are kept, re-linked to the new documents by supplier GSTIN, type and number; proposals are
 * dropped (the next reconciliation run makes them again).
 */
@Component
public class Gstr2bReturns {

    /** What {@link #store} did. */
    public record Stored(long returnId, int documents, boolean replacedEarlier, boolean unchanged) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Gstr2bReturns(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The company whose active registration {@code gstin} is; empty when none. */
    public Optional<Long> companyOfActiveGstin(String gstin) {
        return jdbc.queryForList("select company_id from gst_registration where gstin = ? and active = true",
                Long.class, gstin).stream().findFirst();
    }

    /**
     * Stores the statement in one transaction, replacing an earlier one of the same GSTIN and period.
     * The same file (same SHA-256) again changes nothing.
     */
    @Transactional
    public Stored store(long companyId, Gstr2bStatementData statement) {
        Objects.requireNonNull(statement, "statement must not be null");
        String gstin = statement.gstin().value();
        String period = statement.period().toString();
        String fy = statement.period().financialYear().toString();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<java.util.Map<String, Object>> existing = jdbc.queryForList(
                "select id, file_sha256 from gstr2b_return where company_id = ? and gstin = ? and return_period = ?",
                companyId, gstin, period);
        long returnId;
        boolean replaced = false;
        if (!existing.isEmpty()) {
            returnId = ((Number) existing.get(0).get("id")).longValue();
            if (statement.fileSha256().equals(existing.get(0).get("file_sha256"))) {
                return new Stored(returnId, statement.documents().size(), false, true);
            }
            replaced = true;
            jdbc.update("""
                    delete from gst_recon_pair where decision = 'PROPOSED' and gstr2b_document_id in
                      (select id from gstr2b_document where gstr2b_return_id = ?)""", returnId);
            jdbc.update("""
                    update gst_recon_pair set gstr2b_document_id = null where gstr2b_document_id in
                      (select id from gstr2b_document where gstr2b_return_id = ?)""", returnId);
            jdbc.update("delete from gstr2b_document where gstr2b_return_id = ?", returnId);
            jdbc.update("""
                    update gstr2b_return set version = ?, generated_on = ?, checksum = ?, file_sha256 = ?,
                      document_count = ?, imported_at = ? where id = ?""",
                    statement.version(), date(statement.generatedOn()), statement.checksum(), statement.fileSha256(),
                    statement.documents().size(), now, returnId);
        } else {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement ps = connection.prepareStatement("""
                        insert into gstr2b_return (company_id, gstin, return_period, financial_year, version,
                          generated_on, checksum, file_sha256, document_count, imported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                ps.setLong(1, companyId);
                ps.setString(2, gstin);
                ps.setString(3, period);
                ps.setString(4, fy);
                ps.setString(5, statement.version());
                ps.setDate(6, date(statement.generatedOn()));
                ps.setString(7, statement.checksum());
                ps.setString(8, statement.fileSha256());
                ps.setInt(9, statement.documents().size());
                ps.setObject(10, now);
                return ps;
            }, keys);
            returnId = Objects.requireNonNull(keys.getKey()).longValue();
        }
        long id = returnId;
        jdbc.batchUpdate("""
                insert into gstr2b_document (company_id, gstr2b_return_id, gstin, return_period, financial_year,
                  section, rejected, supplier_gstin, supplier_name, supplier_period, supplier_filed_on, doc_type,
                  invoice_type, doc_number, doc_date, doc_value, place_of_supply, reverse_charge, taxable_value,
                  igst, cgst, sgst, cess, itc_available, itc_reason, ims_action, original_number, original_date,
                  port_code, reference_date, amendment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                statement.documents(), 500, (ps, d) -> {
                    int i = 1;
                    ps.setLong(i++, companyId);
                    ps.setLong(i++, id);
                    ps.setString(i++, gstin);
                    ps.setString(i++, period);
                    ps.setString(i++, fy);
                    ps.setString(i++, d.section());
                    ps.setBoolean(i++, d.rejected());
                    ps.setString(i++, d.supplierGstin());
                    ps.setString(i++, truncate(d.supplierName(), 200));
                    ps.setString(i++, d.supplierPeriod());
                    ps.setDate(i++, date(d.supplierFiledOn()));
                    ps.setString(i++, d.documentType());
                    ps.setString(i++, truncate(d.invoiceType(), 10));
                    ps.setString(i++, d.number());
                    ps.setDate(i++, date(d.date()));
                    ps.setBigDecimal(i++, d.value());
                    ps.setString(i++, d.placeOfSupply());
                    ps.setBoolean(i++, d.reverseCharge());
                    ps.setBigDecimal(i++, d.taxableValue());
                    ps.setBigDecimal(i++, d.igst());
                    ps.setBigDecimal(i++, d.cgst());
                    ps.setBigDecimal(i++, d.sgst());
                    ps.setBigDecimal(i++, d.cess());
                    ps.setString(i++, d.itcAvailable());
                    ps.setString(i++, truncate(d.itcReason(), 10));
                    ps.setString(i++, truncate(d.imsAction(), 2));
                    ps.setString(i++, d.originalNumber());
                    ps.setDate(i++, date(d.originalDate()));
                    ps.setString(i++, d.portCode());
                    ps.setDate(i++, date(d.referenceDate()));
                    ps.setBoolean(i, d.amendment());
                });
        if (replaced) {
            // people's decisions follow the document to its new row
            jdbc.update("""
                    update gst_recon_pair set gstr2b_document_id = (select min(d.id) from gstr2b_document d
                        where d.gstr2b_return_id = ? and d.rejected = false and d.supplier_gstin = gst_recon_pair.portal_supplier_gstin
                          and d.doc_type = gst_recon_pair.portal_doc_type
                          and upper(d.doc_number) = upper(gst_recon_pair.portal_doc_number))
                    where company_id = ? and gstin = ? and financial_year = ? and gstr2b_document_id is null
                      and decision <> 'PROPOSED'""", id, companyId, gstin, fy);
        }
        return new Stored(id, statement.documents().size(), replaced, false);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
