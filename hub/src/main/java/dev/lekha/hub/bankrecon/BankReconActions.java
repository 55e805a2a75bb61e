package dev.lekha.hub.bankrecon;

import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.domain.recon.BankReconciliations;
import dev.lekha.hub.security.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The people's bank-reconciliation decisions, each done and written to the audit trail in one transaction. */
@Component
public class BankReconActions {

    private final BankReconciliations recon;
    private final AuditTrail audit;

    public BankReconActions(BankReconciliations recon, AuditTrail audit) {
        this.recon = recon;
        this.audit = audit;
    }

    @Transactional
    public void confirm(long companyId, long matchId, String actor) {
        recon.confirm(companyId, matchId, actor);
        record(actor, "BANK_RECON_CONFIRM", "bank_recon_match:" + matchId, companyId, "confirmed suggestion " + matchId);
    }

    @Transactional
    public void reject(long companyId, long matchId, String actor) {
        recon.reject(companyId, matchId, actor);
        record(actor, "BANK_RECON_REJECT", "bank_recon_match:" + matchId, companyId, "rejected suggestion " + matchId);
    }

    @Transactional
    public void matchByHand(long companyId, long lineId, String targetType, long targetId, String actor) {
        recon.matchByHand(companyId, lineId, targetType, targetId, actor);
        record(actor, "BANK_RECON_MATCH", "bank_statement_line:" + lineId, companyId,
                "matched by hand to " + targetType + " " + targetId);
    }

    @Transactional
    public long postToLedger(long companyId, long lineId, long ledgerAccountId, String actor) {
        long journal = recon.postToLedger(companyId, lineId, ledgerAccountId, actor);
        record(actor, "BANK_RECON_POST", "bank_statement_line:" + lineId, companyId,
                "posted to ledger account " + ledgerAccountId + " as journal entry " + journal);
        return journal;
    }

    private void record(String actor, String action, String target, long companyId, String detail) {
        audit.record(new AuditRecord(actor, action, target, companyId, detail, CurrentActor.remoteAddress()));
    }
}
