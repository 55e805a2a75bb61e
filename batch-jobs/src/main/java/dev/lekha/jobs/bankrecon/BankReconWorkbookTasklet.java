package dev.lekha.jobs.bankrecon;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.recon.BankReconciliations;
import dev.lekha.mappings.recon.BankReconWorkbook;
import java.time.LocalDate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Streams the range's lines, matches and the items still open into {@link BankReconWorkbook}: {@code BANK_RECON_XLSX}. */
class BankReconWorkbookTasklet implements Tasklet {

    static final String KIND = "BANK_RECON_XLSX";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BankReconciliations recon;
    private final ArtifactStore artifacts;

    BankReconWorkbookTasklet(BankReconciliations recon, ArtifactStore artifacts) {
        this.recon = recon;
        this.artifacts = artifacts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = contribution.getStepExecution();
        var params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        String accountNo = params.getString("bankAccount");
        long account = BankReconJobConfiguration.accountId(recon, companyId, accountNo);
        LocalDate from = LocalDate.parse(params.getString("from"));
        LocalDate to = LocalDate.parse(params.getString("to"));
        String title = "Bank reconciliation of account " + accountNo + ", " + from + " to " + to;
        artifacts.store(new NewArtifact(companyId, KIND, from.toString().replace("-", "") + "-" + to.toString().replace("-", ""), "bank-recon-" + accountNo.replace("#", "")
                + "-" + from + "-" + to + ".xlsx", CONTENT_TYPE, step.getJobExecutionId()), out -> {
                    try (BankReconWorkbook wb = new BankReconWorkbook(title, to)) {
                        recon.forEachLine(companyId, account, from, to, l -> wb.line(l.id(), l.valueDate(),
                                l.direction(), l.amount(), l.narration(), l.utr(), l.reconStatus()));
                        recon.forEachMatch(companyId, account, from, to, ml -> {
                            var m = ml.match();
                            wb.match(m.lineId(), ml.valueDate(), ml.direction(), ml.lineAmount(), ml.narration(),
                                    m.targetType(), m.targetId(), m.targetLabel(), m.amount(), m.rule(), m.confidence(),
                                    m.status(), m.reason(), m.decidedBy(), m.journalEntryId());
                        });
                        recon.forEachCandidate(companyId, recon.bankLedgerId(companyId, account), from, to,
                                c -> wb.unmatchedItem(c.type(), c.id(), c.number(), c.date(), c.party(), c.outstanding(),
                                        c.reference()));
                        wb.finish(out);
                    }
                });
        return RepeatStatus.FINISHED;
    }
}
