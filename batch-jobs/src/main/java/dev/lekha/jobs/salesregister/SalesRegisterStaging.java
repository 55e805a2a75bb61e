package dev.lekha.jobs.salesregister;

import java.sql.Date;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of register lines into {@code sales_register_line} for one job instance with one
 * JDBC batch. The unique key (job instance, document) makes a duplicate after a restart impossible
 * rather than merely unlikely.
 *
 * <p>Fault injection (tests only): with {@code failAfterItems} set, the first execution of the
 * instance throws {@link InjectedFaultException} instead of writing the chunk that would take it
 * past that many staged items, so the run fails after committed chunks; restarts run clean.
 */
class SalesRegisterStaging implements ItemWriter<SalesRegisterLine> {

    private static final String INSERT = "insert into sales_register_line (job_instance_id, company_id,"
            + " sales_document_id, supplier_gstin, doc_type, doc_number, doc_date, return_period, supply_type,"
            + " reverse_charge, place_of_supply, buyer_gstin, buyer_name, taxable_value, igst, cgst, sgst, cess,"
            + " other_charges, round_off, total_value) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final JdbcTemplate jdbc;
    private final long jobInstanceId;
    private final long companyId;
    private final Long failAfterItems;
    private long written;

    /** @param failAfterItems null unless fault injection is enabled and this is the instance's first execution */
    SalesRegisterStaging(JdbcTemplate jdbc, long jobInstanceId, long companyId, Long failAfterItems) {
        this.jdbc = jdbc;
        this.jobInstanceId = jobInstanceId;
        this.companyId = companyId;
        this.failAfterItems = failAfterItems;
    }

    @Override
    public void write(Chunk<? extends SalesRegisterLine> chunk) {
        List<? extends SalesRegisterLine> lines = chunk.getItems();
        if (failAfterItems != null && written + lines.size() > failAfterItems) {
            throw new InjectedFaultException(failAfterItems, written);
        }
        jdbc.batchUpdate(INSERT, lines, lines.size(), (ps, l) -> {
            ps.setLong(1, jobInstanceId);
            ps.setLong(2, companyId);
            ps.setLong(3, l.salesDocumentId());
            ps.setString(4, l.supplierGstin());
            ps.setString(5, l.docType());
            ps.setString(6, l.docNumber());
            ps.setDate(7, Date.valueOf(l.docDate()));
            ps.setString(8, l.returnPeriod());
            ps.setString(9, l.supplyType());
            ps.setBoolean(10, l.reverseCharge());
            ps.setString(11, l.placeOfSupply());
            ps.setString(12, l.buyerGstin());
            ps.setString(13, l.buyerName());
            ps.setBigDecimal(14, l.taxableValue());
            ps.setBigDecimal(15, l.igst());
            ps.setBigDecimal(16, l.cgst());
            ps.setBigDecimal(17, l.sgst());
            ps.setBigDecimal(18, l.cess());
            ps.setBigDecimal(19, l.otherCharges());
            ps.setBigDecimal(20, l.roundOff());
            ps.setBigDecimal(21, l.totalValue());
        });
        written += lines.size();
    }
}
