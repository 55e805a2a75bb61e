package dev.lekha.domain.ledger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds a company's {@link StandardAccount}s, creating any its chart of accounts lacks. */
@Component
public class StandardAccounts {

    private final LedgerAccounts accounts;

    public StandardAccounts(LedgerAccounts accounts) {
        this.accounts = accounts;
    }

    /** The id of the company's account for {@code account}; never null. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long idOf(long companyId, StandardAccount account) {
        return accounts.findByCompanyIdAndCode(companyId, account.code())
                .map(LedgerAccount::getId)
                .orElseGet(() -> {
                    Long parentId = account.parent() == null ? null : idOf(companyId, account.parent());
                    return accounts.save(new LedgerAccount(companyId, account.code(), account.accountName(),
                            account.type(), parentId)).getId();
                });
    }
}
