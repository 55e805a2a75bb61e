package dev.lekha.domain.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.regex.Pattern;

/** A company's bank account. {@link #toString()} shows only the last four digits of the number. */
@Entity
@Table(name = "bank_account")
public class BankAccount {

    /** RBI IFSC: four letters (bank), a zero, six letters or digits (branch). */
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "account_number", nullable = false)
    private String accountNumber;

    @Column(name = "ifsc", nullable = false)
    private String ifsc;

    @Column(name = "bank_name", nullable = false)
    private String bankName;

    @Column(name = "branch")
    private String branch;

    @Column(name = "account_holder")
    private String accountHolder;

    protected BankAccount() {
    }

    /** @throws IllegalArgumentException when the IFSC is not of the form AAAA0XXXXXX */
    public BankAccount(long companyId, String accountNumber, String ifsc, String bankName, String branch, String accountHolder) {
        if (ifsc == null || !IFSC.matcher(ifsc).matches()) {
            throw new IllegalArgumentException("IFSC '" + ifsc + "' is not of the form AAAA0XXXXXX (bank code, zero, branch code)");
        }
        this.companyId = companyId;
        this.accountNumber = Objects.requireNonNull(accountNumber, "accountNumber must not be null");
        this.ifsc = ifsc;
        this.bankName = Objects.requireNonNull(bankName, "bankName must not be null");
        this.branch = branch;
        this.accountHolder = accountHolder;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public String getAccountNumber() { return accountNumber; }
    public String getIfsc() { return ifsc; }
    public String getBankName() { return bankName; }
    public String getBranch() { return branch; }
    public String getAccountHolder() { return accountHolder; }

    /** The account number with all but the last four characters replaced by {@code X}. */
    public String maskedAccountNumber() {
        int keep = Math.min(4, accountNumber.length());
        return "X".repeat(accountNumber.length() - keep) + accountNumber.substring(accountNumber.length() - keep);
    }

    @Override
    public String toString() {
        return "BankAccount[id=" + id + ", companyId=" + companyId + ", account=" + maskedAccountNumber()
                + ", ifsc=" + ifsc + ", bank=" + bankName + "]";
    }
}
