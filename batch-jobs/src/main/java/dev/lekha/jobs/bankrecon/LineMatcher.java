package dev.lekha.jobs.bankrecon;

import dev.lekha.domain.recon.BankLine;
import dev.lekha.domain.recon.BankReconciliations;
import dev.lekha.domain.recon.NewMatch;
import dev.lekha.mappings.recon.BankReconciliation;
import dev.lekha.mappings.recon.OpenItem;
import dev.lekha.mappings.recon.ReconMatch;
import dev.lekha.mappings.recon.ReconTarget;
import dev.lekha.mappings.recon.StatementLine;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Matches one line with the mappings' {@link BankReconciliation}. The index of candidates is built on the
 * first line from what the database holds then (so a restart, which re-reads the lines still open, starts
 * from what the failed execution committed) and lives for the step.
 */
class LineMatcher implements ItemProcessor<BankLine, LineMatcher.Result> {

    /** A line and what to store for it. */
    record Result(BankLine line, List<NewMatch> matches, boolean confirm) {
    }

    private final BankReconciliations recon;
    private final BankReconciliation engine;
    private final long companyId;
    private final long bankAccountId;
    private final LocalDate from;
    private final LocalDate to;
    private BankReconciliation.Index index;

    LineMatcher(BankReconciliations recon, BankReconciliation engine, long companyId, long bankAccountId,
                LocalDate from, LocalDate to) {
        this.recon = recon;
        this.engine = engine;
        this.companyId = companyId;
        this.bankAccountId = bankAccountId;
        this.from = from;
        this.to = to;
    }

    @Override
    public Result process(BankLine line) {
        if (index == null) {
            index = engine.newIndex();
            long bank = recon.bankLedgerId(companyId, bankAccountId);
            recon.forEachCandidate(companyId, bank, from, to, c -> index.add(new OpenItem(ReconTarget.valueOf(c.type()),
                    c.id(), c.credit(), c.date(), c.outstanding(), c.number(), c.reference(), c.party())));
        }
        var m = engine.match(new StatementLine(line.id(), line.valueDate(), line.amount(), line.credit(),
                line.narration(), line.bankReference(), line.utr()), index);
        if (m.isEmpty()) {
            return null;
        }
        ReconMatch match = m.get();
        List<NewMatch> rows = match.allocations().stream().map(a -> new NewMatch(line.id(), a.item().type().name(),
                a.item().id(), a.amount(), match.rule().name(), match.confidence(), match.reason())).toList();
        return new Result(line, rows, !match.suggestion());
    }
}
