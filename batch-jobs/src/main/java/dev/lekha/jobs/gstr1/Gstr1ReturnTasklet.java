package dev.lekha.jobs.gstr1;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.gstreturn.NewGstReturn;
import dev.lekha.domain.gstreturn.ReturnType;
import dev.lekha.mappings.gst.gstr1.DocumentSeriesCounter;
import dev.lekha.mappings.gst.gstr1.Gstr1Amounts;
import dev.lekha.mappings.gst.gstr1.Gstr1Assembler;
import dev.lekha.mappings.gst.gstr1.Gstr1B2csAmendments;
import dev.lekha.mappings.gst.gstr1.Gstr1Document;
import dev.lekha.mappings.gst.gstr1.Gstr1JsonWriter;
import dev.lekha.mappings.gst.gstr1.Gstr1Mapping;
import dev.lekha.mappings.gst.gstr1.Gstr1Problem;
import dev.lekha.mappings.gst.gstr1.Gstr1RejectedException;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Advance;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2csEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnTable;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Item;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.NilEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Rules;
import dev.lekha.mappings.gst.gstr1.Gstr1Section;
import dev.lekha.mappings.gst.gstr1.Gstr1Sink;
import dev.lekha.mappings.gst.gstr1.Gstr1Tee;
import dev.lekha.mappings.gst.gstr1.Gstr1Totals;
import dev.lekha.mappings.gst.gstr1.Gstr1Validator;
import dev.lekha.mappings.gst.gstr1.Gstr1Workbook;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the return from the staged sections in one pass over the database, section after section: invoice-wise
 * sections through cursors ordered by their group (b2b by {@code ctin}, b2cl by {@code pos}, exp by type) folded
 * one document at a time, summaries (b2cs, at/txpd, nil, hsn) with GROUP BY in SQL, b2csa by streaming each
 * affected original month's documents into the revised buckets, doc_issue counted by series.
 * Every row goes at once to the JSON (streamed into the {@code GSTR1_JSON} artifact), the workbook (SXSSF) and
 * the section totals. Before the JSON is closed, the totals are tied to the books (SQL sums over the same
 * documents' lines): a difference throws {@link Gstr1RejectedException}, and the artifact is not stored. Then the
 * {@code GSTR1_XLSX} is stored and the draft return recorded ({@link GstReturns#recordDraft}), all in the step's
 * transaction, and the staging removed.
 */
class Gstr1ReturnTasklet implements Tasklet {

    static final String JSON_KIND = "GSTR1_JSON";
    static final String XLSX_KIND = "GSTR1_XLSX";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final String STAGED = " from gstr1_staged_document s join sales_document d on d.id = s.sales_document_id"
            + " join sales_document_line l on l.sales_document_id = d.id where s.job_instance_id = ?";
    private static final String TAXABLE = " l.tax_category = 'TAXABLE'";
    private static final String REGISTERED = "d.supply_type in ('B2B', 'SEZWP', 'SEZWOP', 'DEXP')";

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;
    private final GstReturns returns;

    Gstr1ReturnTasklet(DataSource dataSource, ArtifactStore artifacts, GstReturns returns, int fetchSize) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(fetchSize);
        this.artifacts = artifacts;
        this.returns = returns;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var step = contribution.getStepExecution();
        var params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        String gstin = params.getString("gstin");
        GstReturnPeriod period = GstReturnPeriod.parse(params.getString("period"));
        long instance = step.getJobExecution().getJobInstanceId();
        Gstr1Rules rules = Gstr1RulesSource.load(jdbc, companyId, gstin, period);
        String state = Gstr1Mapping.stateOf(gstin);
        Map<String, Gstr1Amounts> books = books(instance, companyId, gstin, period, state);
        Gstr1Totals totals = new Gstr1Totals();
        String fp = period.toString();
        try (Gstr1Workbook workbook = new Gstr1Workbook()) {
            StoredArtifact json = artifacts.store(new NewArtifact(companyId, JSON_KIND, fp,
                    "gstr1-" + gstin + "-" + fp + ".json", "application/json", step.getJobExecutionId()), out -> {
                try (Gstr1JsonWriter writer = Gstr1JsonWriter.open(out, gstin, fp)) {
                    writeSections(Gstr1Tee.of(writer, workbook, totals), instance, companyId, gstin, period, rules,
                            state);
                    List<Gstr1Problem> differences = Gstr1Validator.tieToBooks(totals.bySection(), books);
                    if (!differences.isEmpty()) {
                        throw new Gstr1RejectedException(gstin, fp, differences);
                    }
                }
            });
            StoredArtifact xlsx = artifacts.store(new NewArtifact(companyId, XLSX_KIND, fp,
                    "gstr1-" + gstin + "-" + fp + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", step.getJobExecutionId()),
                    out -> workbook.finish(out, totals.bySection(), books));
            returns.recordDraft(new NewGstReturn(companyId, Gstin.of(gstin, rules.sandbox()), period,
                    ReturnType.GSTR1, step.getJobExecutionId(), json.id(), xlsx.id(), summary(totals, books),
                    params.getString("launchedBy")));
            step.getExecutionContext().putLong("lekha.artifactId", json.id());
        }
        Gstr1Staging.clear(jdbc, instance);
        contribution.incrementWriteCount(totals.rows());
        return RepeatStatus.FINISHED;
    }

    private void writeSections(Gstr1Sink sink, long instance, long companyId, String gstin, GstReturnPeriod period,
                               Gstr1Rules rules, String state) {
        documents(sink, instance, Gstr1Section.B2B, false, "d.buyer_gstin", state);
        documents(sink, instance, Gstr1Section.B2B, true, "d.buyer_gstin", state);
        documents(sink, instance, Gstr1Section.B2CL, false, "d.place_of_supply", state);
        documents(sink, instance, Gstr1Section.B2CL, true, "d.place_of_supply", state);
        b2cs(sink, instance, state);
        b2csa(sink, instance, companyId, gstin, rules, state);
        documents(sink, instance, Gstr1Section.CDNR, false, "d.buyer_gstin", state);
        documents(sink, instance, Gstr1Section.CDNR, true, "d.buyer_gstin", state);
        documents(sink, instance, Gstr1Section.CDNUR, false, "d.supply_type", state);
        documents(sink, instance, Gstr1Section.CDNUR, true, "d.supply_type", state);
        documents(sink, instance, Gstr1Section.EXP, false, "d.supply_type", state);
        documents(sink, instance, Gstr1Section.EXP, true, "d.supply_type", state);
        advances(sink, companyId, gstin, period, "RECEIVED", state);
        advances(sink, companyId, gstin, period, "ADJUSTED", state);
        nil(sink, instance, state);
        hsn(sink, instance, rules.hsnSplit(period));
        DocumentSeriesCounter series = new DocumentSeriesCounter();
        jdbc.query("select d.doc_type, d.doc_number, d.cancelled from gstr1_staged_document s join sales_document d"
                + " on d.id = s.sales_document_id where s.job_instance_id = ? and s.amendment = false",
                rs -> {
                    series.add(rs.getString(1), rs.getString(2), rs.getBoolean(3));
                }, instance);
        series.series().forEach(sink::docIssue);
    }

    /** One invoice-wise section: rows ordered by group then document then line, folded one document at a time. */
    private void documents(Gstr1Sink sink, long instance, Gstr1Section section, boolean amendment, String group,
                           String state) {
        Gstr1Rows.Folder folder = new Gstr1Rows.Folder(doc -> Gstr1Mapping.write(doc, section, state, sink));
        jdbc.query("select " + Gstr1Rows.COLUMNS + ", s.original_number, s.original_date" + STAGED
                + " and s.section = ? and s.amendment = ? order by " + group + ", d.doc_date, d.doc_number, d.id,"
                + " l.line_no", rs -> {
                    Gstr1Rows.Row row = Gstr1Rows.row(rs, false);
                    Gstr1Document.Reported reported = amendment ? new Gstr1Document.Reported(section,
                            rs.getString("original_number"), Gstr1Rows.date(rs, "original_date"), null) : null;
                    folder.add(row.docId(), row.header(), row.line(), reported);
                }, instance, section.name(), amendment);
        folder.finish();
    }

    private static final String SIGNED = "sum(case when d.doc_type = 'CRN' then -l.%1$s else l.%1$s end) as %1$s";
    private static final String AMOUNTS = String.format(SIGNED, "taxable_value") + ", " + String.format(SIGNED, "igst")
            + ", " + String.format(SIGNED, "cgst") + ", " + String.format(SIGNED, "sgst") + ", "
            + String.format(SIGNED, "cess");

    private static Gstr1Amounts amounts(ResultSet rs) throws SQLException {
        return new Gstr1Amounts(zero(rs.getBigDecimal("taxable_value")), zero(rs.getBigDecimal("igst")),
                zero(rs.getBigDecimal("cgst")), zero(rs.getBigDecimal("sgst")), zero(rs.getBigDecimal("cess")));
    }

    private static BigDecimal zero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    private void b2cs(Gstr1Sink sink, long instance, String state) {
        jdbc.query("select d.place_of_supply, d.ecommerce_gstin, l.gst_rate, " + AMOUNTS + STAGED
                + " and s.section = 'B2CS' and s.amendment = false and" + TAXABLE
                + " group by d.place_of_supply, d.ecommerce_gstin, l.gst_rate"
                + " order by d.place_of_supply, l.gst_rate, coalesce(d.ecommerce_gstin, '')", rs -> {
                    String pos = rs.getString(1);
                    String etin = rs.getString(2);
                    sink.b2cs(new B2csEntry(Gstr1Mapping.supplyKind(!state.equals(pos)), pos,
                            Gstr1Mapping.b2csType(etin), etin == null || etin.isBlank() ? null : etin,
                            Gstr1Amounts.money(rs.getBigDecimal(3)), amounts(rs)));
                }, instance);
    }

    /**
     * b2csa (table 10): the original months of this run's amended B2CS documents, with the buckets each is in now
     * (its lines) and was last reported in ({@code gstr1_reported_document} place of supply and operator,
     * {@code gstr1_reported_rate}); only those keys are held. Then per original month, oldest first, that month's
     * documents stream by (one at a time, classified for their own date as b2cs would be) into the revised totals
     * ({@link Gstr1B2csAmendments.Revision}).
     */
    private void b2csa(Gstr1Sink sink, long instance, long companyId, String gstin, Gstr1Rules rules, String state) {
        Map<String, java.util.Set<Gstr1Assembler.B2csKey>> affected = new TreeMap<>(Gstr1B2csAmendments.MONTH_ORDER);
        String amended = " from gstr1_staged_document s join sales_document d on d.id = s.sales_document_id"
                + " where s.job_instance_id = ? and s.section = 'B2CS' and s.amendment = true";
        jdbc.query("select d.return_period, d.place_of_supply, d.ecommerce_gstin, l.gst_rate" + amended.replace(
                " where", " join sales_document_line l on l.sales_document_id = d.id where") + " and" + TAXABLE
                + " union select d.return_period, r.place_of_supply, r.ecommerce_gstin, rr.gst_rate" + amended.replace(
                " where", " join gstr1_reported_document r on r.sales_document_id = d.id"
                        + " join gstr1_reported_rate rr on rr.reported_document_id = r.id where")
                + " and r.place_of_supply is not null and r.id = (select max(r2.id) from gstr1_reported_document r2"
                + " where r2.sales_document_id = d.id)", rs -> {
                    affected.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>()).add(
                            Gstr1B2csAmendments.key(state, rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
                }, instance, instance);
        affected.forEach((omon, keys) -> {
            Gstr1B2csAmendments.Revision revision = new Gstr1B2csAmendments.Revision(omon, keys);
            Gstr1Rows.Folder folder = new Gstr1Rows.Folder(doc -> revision.add(doc, doc.supplyType() == null
                    ? Gstr1Section.NONE : Gstr1Mapping.classify(doc, state, rules), state));
            jdbc.query("select " + Gstr1Rows.COLUMNS + " from sales_document d join sales_document_line l"
                    + " on l.sales_document_id = d.id where d.company_id = ? and d.supplier_gstin = ?"
                    + " and d.return_period = ? order by d.id, l.line_no", rs -> {
                        Gstr1Rows.Row row = Gstr1Rows.row(rs, false);
                        folder.add(row.docId(), row.header(), row.line(), null);
                    }, companyId, gstin, omon);
            folder.finish();
            revision.writeTo(sink);
        });
    }

    private void advances(Gstr1Sink sink, long companyId, String gstin, GstReturnPeriod period, String kind,
                          String state) {
        Map<String, List<Item>> byPos = new TreeMap<>();
        jdbc.query("select place_of_supply, gst_rate, sum(amount) as taxable_value, sum(igst) as igst, sum(cgst) as cgst,"
                + " sum(sgst) as sgst, sum(cess) as cess from gst_advance where company_id = ? and supplier_gstin = ?"
                + " and return_period = ? and kind = ? group by place_of_supply, gst_rate"
                + " order by place_of_supply, gst_rate", rs -> {
                    List<Item> items = byPos.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    items.add(new Item(items.size() + 1, Gstr1Amounts.money(rs.getBigDecimal(2)), amounts(rs)));
                }, companyId, gstin, period.toString(), kind);
        byPos.forEach((pos, items) -> {
            Advance row = new Advance(pos, Gstr1Mapping.supplyKind(!state.equals(pos)), items);
            if ("RECEIVED".equals(kind)) {
                sink.at(row);
            } else {
                sink.txpd(row);
            }
        });
    }

    private String nilType(String state) {
        return "case when d.supply_type in ('EXPWP', 'EXPWOP', 'SEZWP', 'SEZWOP') or d.place_of_supply <> '" + state
                + "' then 'INTR' else 'INTRA' end || case when " + REGISTERED + " then 'B2B' else 'B2C' end";
    }

    private void nil(Gstr1Sink sink, long instance, String state) {
        Map<String, BigDecimal[]> nil = new HashMap<>();
        jdbc.query("select " + nilType(state) + " as sply_ty, l.tax_category,"
                + " sum(case when d.doc_type = 'CRN' then -l.taxable_value else l.taxable_value end)" + STAGED
                + " and s.amendment = false and d.cancelled = false and l.tax_category <> 'TAXABLE'"
                + " group by " + nilType(state) + ", l.tax_category", rs -> {
                    BigDecimal[] v = nil.computeIfAbsent(rs.getString(1),
                            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                    String category = rs.getString(2);
                    int i = "NIL".equals(category) ? 0 : "EXEMPT".equals(category) ? 1 : 2;
                    v[i] = v[i].add(rs.getBigDecimal(3));
                }, instance);
        for (String type : List.of("INTRB2B", "INTRAB2B", "INTRB2C", "INTRAB2C")) {
            BigDecimal[] v = nil.get(type);
            if (v != null) {
                sink.nil(new NilEntry(type, Gstr1Amounts.money(v[0]), Gstr1Amounts.money(v[1]),
                        Gstr1Amounts.money(v[2])));
            }
        }
    }

    private void hsn(Gstr1Sink sink, long instance, boolean split) {
        String table = split ? "case when " + REGISTERED + " then 'B2B' else 'B2C' end" : "'DATA'";
        String uqc = "case when l.is_service then 'NA' else l.uqc end";
        int[] num = {0};
        String[] lastTable = {null};
        jdbc.query("select " + table + " as hsn_table, l.hsn, " + uqc + " as hsn_uqc, l.gst_rate, min(l.description),"
                + " sum(case when l.is_service then 0 when d.doc_type = 'CRN' then -l.quantity else l.quantity end),"
                + " " + AMOUNTS + STAGED + " and s.amendment = false and d.cancelled = false"
                // a constant cannot be grouped by in PostgreSQL: the one-table summary groups without it
                + " group by " + (split ? table + ", " : "") + "l.hsn, " + uqc + ", l.gst_rate"
                + " order by 1, l.hsn, 3, l.gst_rate", rs -> {
                    String t = rs.getString(1);
                    num[0] = t.equals(lastTable[0]) ? num[0] + 1 : 1;
                    lastTable[0] = t;
                    sink.hsn(HsnTable.valueOf(t), new HsnEntry(num[0], rs.getString(2),
                            Gstr1Mapping.hsnDescription(rs.getString(5)), Gstr1Mapping.hsnUqc(false, rs.getString(3)),
                            Gstr1Amounts.money(rs.getBigDecimal(6)), Gstr1Amounts.money(rs.getBigDecimal(4)),
                            amounts(rs)));
                }, instance);
    }

    /** The books per section, summed in SQL over the staged documents' lines (independent of what was written). */
    private Map<String, Gstr1Amounts> books(long instance, long companyId, String gstin, GstReturnPeriod period,
                                            String state) {
        Map<String, Gstr1Amounts> books = new HashMap<>();
        String base = STAGED + " and s.amendment = false and d.cancelled = false";
        jdbc.query("select s.section, " + AMOUNTS + base + " and" + TAXABLE + " and s.section <> 'NONE'"
                + " group by s.section", rs -> {
                    books.merge(rs.getString(1).toLowerCase(java.util.Locale.ROOT), amounts(rs), Gstr1Amounts::plus);
                }, instance);
        jdbc.query("select " + AMOUNTS + base + " and l.tax_category <> 'TAXABLE'", rs -> {
            Gstr1Amounts a = amounts(rs);
            books.merge("nil", new Gstr1Amounts(a.taxable(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO), Gstr1Amounts::plus);
        }, instance);
        jdbc.query("select " + AMOUNTS + base, rs -> {
            books.merge("hsn", amounts(rs), Gstr1Amounts::plus);
        }, instance);
        jdbc.query("select kind, sum(amount) as taxable_value, sum(igst) as igst, sum(cgst) as cgst, sum(sgst) as sgst,"
                + " sum(cess) as cess from gst_advance where company_id = ? and supplier_gstin = ? and return_period = ?"
                + " group by kind", rs -> {
                    books.merge("RECEIVED".equals(rs.getString(1)) ? "at" : "txpd", amounts(rs), Gstr1Amounts::plus);
                }, companyId, gstin, period.toString());
        books.values().removeIf(Gstr1Amounts::isZero);
        return books;
    }

    private static String summary(Gstr1Totals totals, Map<String, Gstr1Amounts> books) {
        Map<String, Object> sections = new TreeMap<>();
        totals.bySection().forEach((section, a) -> sections.put(section, Map.of("txval", a.taxable(), "iamt",
                a.igst(), "camt", a.cgst(), "samt", a.sgst(), "csamt", a.cess())));
        return MAPPER.writeValueAsString(Map.of("sections", sections, "booksSections", new TreeMap<>(books.keySet()
                .stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> books.get(k).taxable())))));
    }
}
