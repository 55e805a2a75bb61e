package dev.lekha.routes.bank;

import dev.lekha.domain.bank.BankStatementData;
import dev.lekha.domain.bank.BankStatementRejectedException;
import dev.lekha.domain.bank.BankStatements;
import dev.lekha.domain.bank.StatementAccount;
import dev.lekha.mappings.bank.BankLayout;
import dev.lekha.mappings.bank.BankStatementFile;
import dev.lekha.mappings.bank.BankStatementLine;
import dev.lekha.mappings.bank.BankStatementReader;
import dev.lekha.mappings.bank.LineKeys;
import dev.lekha.mappings.bank.UnreadableStatementException;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code bank-statements} drop: MT940/MT942, camt.053/camt.054, and CSV/XLSX exports of HDFC, ICICI, SBI,
 * Axis or a generic layout. The account is the one the file name starts with ({@code <accountNumber>_...}),
 * else the one the file names (MT940 {@code :25:}, camt {@code Acct/Id}, the CSV/XLSX header's account number).
 * The account's configured layout decides how a CSV/XLSX is read. Stored all or nothing.
 */
@Configuration(proxyBeanMethods = false)
public class BankStatementDrop {

    public static final String CHANNEL = "bank-statements";

    @Bean
    DropChannel bankStatementsDropChannel(BankStatements statements) {
        return new DropChannel(CHANNEL, (fileName, content) -> importFile(statements, fileName, content));
    }

    /**
     * Reads, checks and stores one statement file.
     *
     * @throws DropRejectedException naming every problem (row/line/entry and field), nothing stored
     */
    public static DropOutcome importFile(BankStatements statements, String fileName, byte[] content) {
        try {
            Optional<StatementAccount> named = statements.accountForFileName(fileName);
            BankStatementFile file = BankStatementReader.read(fileName, content,
                    named.map(a -> BankLayout.of(a.layout())).orElse(null), named.map(StatementAccount::layoutConfig).orElse(null));
            StatementAccount account;
            if (named.isPresent()) {
                account = named.get();
                Optional<StatementAccount> inFile = statements.accountByNumber(file.accountId(), "in the file");
                if (file.accountId() != null && inFile.isPresent() && inFile.get().id() != account.id()) {
                    throw new DropRejectedException(List.of("the file name says account " + account.masked()
                            + " but the file is a statement of account " + inFile.get().masked() + "; rename the file"));
                }
            } else {
                BankStatementFile detected = file;
                account = statements.accountByNumber(detected.accountId(), where(detected)).orElseThrow(() ->
                        new DropRejectedException(List.of(unknownAccount(detected))));
                BankLayout configured = BankLayout.of(account.layout());
                if (configured != null && file.layout() != null && configured != file.layout()) {
                    // the account's configured layout takes precedence over what the header looked like
                    file = BankStatementReader.read(fileName, content, configured, account.layoutConfig());
                }
            }
            BankStatementData data = data(fileName, content, file);
            BankStatements.Stored stored = statements.store(account, data);
            return new DropOutcome(stored.linesAdded(), account.companyId());
        } catch (UnreadableStatementException e) {
            throw new DropRejectedException(e.problems());
        } catch (BankStatementRejectedException e) {
            throw new DropRejectedException(e.problems());
        }
    }

    static BankStatementData data(String fileName, byte[] content, BankStatementFile file) {
        List<String> keys = LineKeys.of(file.lines());
        List<BankStatementData.Line> lines = new ArrayList<>(file.lines().size());
        for (int i = 0; i < file.lines().size(); i++) {
            BankStatementLine l = file.lines().get(i);
            lines.add(new BankStatementData.Line(l.valueDate(), l.bookingDate(), l.amount(), l.direction().name(),
                    l.narration(), l.bankReference(), l.utr(), l.runningBalance(), keys.get(i)));
        }
        return new BankStatementData(file.formatName(), file.statementRef(), fileName, sha256(content), file.fromDate(),
                file.toDate(), file.openingBalance(), file.closingBalance(), lines);
    }

    private static String where(BankStatementFile file) {
        return switch (file.format()) {
            case MT940, MT942 -> "MT940 :25:";
            case CAMT053, CAMT054 -> "camt Acct/Id";
            case CSV, XLSX -> "the header rows' account number";
        };
    }

    private static String unknownAccount(BankStatementFile file) {
        if (file.accountId() == null) {
            return "the file does not say which account it is for (" + where(file) + " missing) and its name does not"
                    + " start with an account number: name it <accountNumber>_<anything>";
        }
        String id = file.accountId();
        String masked = id.length() <= 4 ? id : "X".repeat(id.length() - 4) + id.substring(id.length() - 4);
        return "account " + masked + " (" + where(file) + ") is not a bank account of any company in Lekha: add it to"
                + " the company's bank accounts, or name the file <accountNumber>_<anything> for an account Lekha has";
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
