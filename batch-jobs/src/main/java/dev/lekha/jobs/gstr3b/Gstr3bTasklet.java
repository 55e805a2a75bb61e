package dev.lekha.jobs.gstr3b;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.ItcAvailability;
import dev.lekha.domain.gst.ItcLedger;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.gstreturn.NewGstReturn;
import dev.lekha.domain.gstreturn.ReturnType;
import dev.lekha.domain.statutory.StatutoryRates;
import dev.lekha.mappings.gst.gstr3b.Gstr3bCalculator;
import dev.lekha.mappings.gst.gstr3b.Gstr3bComputation;
import dev.lekha.mappings.gst.gstr3b.Gstr3bJson;
import dev.lekha.mappings.gst.gstr3b.Gstr3bPdf;
import dev.lekha.mappings.gst.gstr3b.Gstr3bReturn;
import dev.lekha.mappings.gst.gstr3b.LateFilingRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes the GSTR-3B of one GSTIN and period, stores the portal JSON ({@code GSTR3B_JSON}) and the PDF
 * summary ({@code GSTR3B_PDF}), and records them as a new draft version of the return
 * ({@link GstReturns#recordDraft}), all in the step's one transaction. Aggregation happens in the database
 * ({@link Gstr3bBooks}); table 4 comes from the {@link ItcLedger} (the GSTR-2B reconciliation) only.
 */
class Gstr3bTasklet implements Tasklet {

    static final String JSON_KIND = "GSTR3B_JSON";
    static final String PDF_KIND = "GSTR3B_PDF";
    static final String KIND = "GSTR3B";
    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final JsonMapper SUMMARY = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Gstr3bBooks books;
    private final ArtifactStore artifacts;
    private final ObjectProvider<ItcLedger> itcLedger;
    private final StatutoryRates rates;
    private final GstReturns returns;
    private final Clock clock;

    Gstr3bTasklet(JdbcTemplate jdbc, ArtifactStore artifacts, ObjectProvider<ItcLedger> itcLedger,
                  StatutoryRates rates, GstReturns returns, Clock clock) {
        this.jdbc = jdbc;
        this.books = new Gstr3bBooks(jdbc);
        this.artifacts = artifacts;
        this.itcLedger = itcLedger;
        this.rates = rates;
        this.returns = returns;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        JobParameters params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        String gstinText = params.getString("gstin").trim();
        GstReturnPeriod period = GstReturnPeriod.parse(params.getString("period"));
        String filing = params.getString("filingDate");
        LocalDate filingDate = filing == null || filing.isBlank() ? null : LocalDate.parse(filing.trim());
        String launchedBy = params.getString("launchedBy");

        List<Map<String, Object>> registration = jdbc.queryForList("select r.id, c.legal_name, c.sandbox"
                + " from gst_registration r join company c on c.id = r.company_id where r.company_id = ? and r.gstin = ?",
                companyId, gstinText);
        if (registration.isEmpty()) {
            throw new Gstr3bJobException("GSTIN " + gstinText + " is not a registration of company " + companyId
                    + ": launch gstr3b with one of the company's GSTINs (GET /api/companies lists them)");
        }
        long registrationId = ((Number) registration.get(0).get("id")).longValue();
        String companyName = (String) registration.get(0).get("legal_name");
        Gstin gstin = Gstin.of(gstinText, Boolean.TRUE.equals(registration.get(0).get("sandbox")));
        returns.filed(companyId, gstin, ReturnType.GSTR3B, period).ifPresent(filed -> {
            throw new Gstr3bJobException("GSTR-3B of " + gstinText + " for " + period + " was filed (ARN " + filed.arn()
                    + "): a filed GSTR-3B cannot be regenerated; report corrections in a later period's return");
        });
        ItcLedger ledger = itcLedger.getIfAvailable();
        if (ledger == null) {
            throw new Gstr3bJobException("no ItcLedger is configured, so table 4 (eligible ITC) cannot be filled:"
                    + " the GSTR-2B reconciliation module provides it");
        }
        ItcAvailability itc = ledger.forPeriod(companyId, gstin, period);
        if (itc == null) {
            throw new IllegalStateException("ItcLedger " + ledger.getClass().getName() + " returned null for "
                    + gstinText + " " + period + " (its contract says ItcAvailability.NONE)");
        }

        LocalDate onDate = period.firstDay();
        LateFilingRules rules = new LateFilingRules(rate("INTEREST_RATE", onDate),
                rate("DUE_DAY_MONTHLY", onDate).intValueExact(), rate("LATE_FEE_PER_DAY", onDate),
                rate("LATE_FEE_PER_DAY_NIL", onDate), rate("LATE_FEE_CAP_NIL", onDate), List.of(
                        new LateFilingRules.TurnoverCap(rate("TURNOVER_SLAB_1_5CR", onDate),
                                rate("LATE_FEE_CAP_TO_1_5CR", onDate)),
                        new LateFilingRules.TurnoverCap(rate("TURNOVER_SLAB_5CR", onDate),
                                rate("LATE_FEE_CAP_TO_5CR", onDate)),
                        new LateFilingRules.TurnoverCap(null, rate("LATE_FEE_CAP_ABOVE_5CR", onDate))));
        BigDecimal turnover = jdbc.query("select aggregate_turnover from company_turnover"
                        + " where company_id = ? and financial_year = ?",
                (rs, n) -> rs.getBigDecimal(1), companyId, period.financialYear().previous().toString())
                .stream().findFirst().orElse(null);

        Gstr3bComputation computation = Gstr3bCalculator.compute(new Gstr3bCalculator.Inputs(gstinText, period,
                books.outward(companyId, gstinText, period), books.inward(companyId, registrationId, period),
                books.advances(companyId, gstinText, period), itc,
                filingDate, turnover, rules));

        // from November 2025 the portal fills table 3.2 from GSTR-1 itself
        boolean interStateFromGstr1 = rates.valueOn(KIND, "TABLE_3_2_FROM_GSTR1", onDate)
                .map(v -> v.signum() != 0).orElse(false);
        String base = "GSTR3B-" + gstinText + "-" + period;
        byte[] json = Gstr3bJson.write(computation.gstr3b(), !interStateFromGstr1);
        StoredArtifact jsonArtifact = artifacts.store(new NewArtifact(companyId, JSON_KIND, period.toString(),
                base + ".json", "application/json", step.getJobExecutionId()), out -> out.write(json));
        Gstr3bPdf.Header header = new Gstr3bPdf.Header(companyName, launchedBy, LocalDate.now(clock.withZone(IST)),
                interStateFromGstr1);
        StoredArtifact pdfArtifact = artifacts.store(new NewArtifact(companyId, PDF_KIND, period.toString(),
                base + ".pdf", "application/pdf", step.getJobExecutionId()),
                out -> Gstr3bPdf.write(computation, header, out));
        returns.recordDraft(new NewGstReturn(companyId, gstin, period, ReturnType.GSTR3B, step.getJobExecutionId(),
                jsonArtifact.id(), pdfArtifact.id(), summary(computation), launchedBy));
        contribution.incrementWriteCount(2);
        return RepeatStatus.FINISHED;
    }

    private BigDecimal rate(String code, LocalDate date) {
        return rates.valueOn(KIND, code, date).orElseThrow(() -> new Gstr3bJobException("no statutory rate "
                + KIND + "/" + code + " in force on " + date + ": add a statutory_rate row (see migration V11)"));
    }

    /** The totals the review screen shows beside the return. */
    static String summary(Gstr3bComputation computation) {
        Gstr3bReturn r = computation.gstr3b();
        ObjectNode node = SUMMARY.createObjectNode();
        node.put("outwardTaxableValue", r.outward().taxable().taxableValue());
        node.put("outwardTax", r.outward().taxable().tax().plus(r.outward().zeroRated().tax()).total());
        node.put("reverseChargeTax", r.outward().inwardReverseCharge().tax().total());
        node.put("netItc", r.itc().net().total());
        node.put("cashTax", computation.lateFiling().cashTax().total());
        node.put("interest", r.interestAndLateFee().interest().total());
        node.put("lateFee", r.interestAndLateFee().lateFee().total());
        return SUMMARY.writeValueAsString(node);
    }
}
