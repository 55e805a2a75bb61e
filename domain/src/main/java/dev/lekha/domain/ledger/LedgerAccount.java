package dev.lekha.domain.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** An account in a company's chart of accounts; groups nest through {@code parentId}. */
@Entity
@Table(name = "ledger_account")
public class LedgerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false)
    private AccountType type;

    @Column(name = "parent_id")
    private Long parentId;

    protected LedgerAccount() {
    }

    public LedgerAccount(long companyId, String code, String name, AccountType type, Long parentId) {
        this.companyId = companyId;
        this.code = Objects.requireNonNull(code, "code must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.type = Objects.requireNonNull(type, "type must not be null");
        this.parentId = parentId;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public AccountType getType() { return type; }
    public Long getParentId() { return parentId; }

    @Override
    public String toString() {
        return "LedgerAccount[" + code + " " + name + " (" + type + ")]";
    }
}
