package dev.lekha.domain.bank;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank statements of the companies' bank accounts. A statement is stored with its lines all or nothing. It must
 * continue from the account's previous statement (its opening balance is that one's closing balance) unless it
 * overlaps statements already imported: then the lines already present (same line key) are skipped and counted.
 * A statement whose every line is already present is a duplicate and adds nothing.
 */
@Component
public class BankStatements {

    /** The digits a file name starts with, up to '_' or '-': {@code 50200012345678_june.csv}. */
    private static final Pattern FILE_PREFIX = Pattern.compile("^([0-9A-Za-z]{6,34})[_\\-.]");
    private static final int IN_LIST = 500;

    /** What {@link #store} did. */
    public record Stored(long statementId, int linesInFile, int linesAdded, int linesAlreadyPresent) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BankStatements(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The account a file name names by its prefix ({@code <accountNumber>_...}); empty when the name has no such
     * prefix or no account has that number.
     *
     * @throws BankStatementRejectedException when several companies have an account of that number
     */
    public Optional<StatementAccount> accountForFileName(String fileName) {
        Matcher m = FILE_PREFIX.matcher(fileName == null ? "" : fileName);
        return m.find() ? accountByNumber(m.group(1), "the file name's prefix") : Optional.empty();
    }

    /**
     * The account whose number is {@code fileAccountId} as a statement writes it (ignoring spaces, dashes and
     * slashes; an MT940 {@code :25:} of {@code <bank code>/<account>} matches on the account part).
     *
     * @throws BankStatementRejectedException when several companies have an account of that number
     */
    public Optional<StatementAccount> accountByNumber(String fileAccountId, String source) {
        if (fileAccountId == null || fileAccountId.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalise(fileAccountId);
        String lastPart = normalise(fileAccountId.substring(fileAccountId.lastIndexOf('/') + 1));
        List<StatementAccount> found = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(
                "select id, company_id, account_number, statement_layout, layout_config from bank_account")) {
            String number = normalise((String) row.get("account_number"));
            if (number.equals(wanted) || number.equals(lastPart)) {
                found.add(new StatementAccount(((Number) row.get("id")).longValue(),
                        ((Number) row.get("company_id")).longValue(), (String) row.get("account_number"),
                        (String) row.get("statement_layout"), (String) row.get("layout_config")));
            }
        }
        if (found.size() > 1) {
            throw new BankStatementRejectedException("account " + found.get(0).masked() + " (" + source + ") belongs to "
                    + found.size() + " bank accounts in Lekha (companies " + found.stream().map(a -> String.valueOf(a.companyId()))
                    .toList() + "); statements can only be imported for an account number that is unique in Lekha");
        }
        return found.stream().findFirst();
    }

    private static String normalise(String s) {
        return s.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Stores the statement in one transaction.
     *
     * @throws BankStatementRejectedException when it does not continue from the previous statement (both balances
     *                                        named) or is entirely already imported ("duplicate statement")
     */
    @Transactional
    public Stored store(StatementAccount account, BankStatementData statement) {
        Objects.requireNonNull(account, "account must not be null");
        Objects.requireNonNull(statement, "statement must not be null");
        List<Map<String, Object>> sameFile = jdbc.queryForList(
                "select id, file_name, imported_at from bank_statement where bank_account_id = ? and file_sha256 = ?",
                account.id(), statement.fileSha256());
        if (!sameFile.isEmpty()) {
            throw new BankStatementRejectedException("duplicate statement: the same file was imported as statement #"
                    + sameFile.get(0).get("id") + " (" + sameFile.get(0).get("file_name") + ")");
        }
        Set<String> present = presentKeys(account.id(), statement.lines());
        int already = (int) statement.lines().stream().filter(l -> present.contains(l.lineKey())).count();
        if (!statement.lines().isEmpty() && already == statement.lines().size()) {
            throw new BankStatementRejectedException("duplicate statement: all " + already + " lines of statement "
                    + describe(statement) + " of account " + account.masked() + " are already imported; nothing to add");
        }
        if (already == 0 && statement.openingBalance() != null && statement.fromDate() != null) {
            checkContinuity(account, statement);
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int added = statement.lines().size() - already;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into bank_statement (company_id, bank_account_id, format, statement_ref, file_name, file_sha256,
                      from_date, to_date, opening_balance, closing_balance, lines_in_file, lines_added, imported_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, account.companyId());
            ps.setLong(2, account.id());
            ps.setString(3, statement.format());
            ps.setString(4, truncate(statement.statementRef(), 60));
            ps.setString(5, truncate(statement.fileName(), 255));
            ps.setString(6, statement.fileSha256());
            setDate(ps, 7, statement.fromDate());
            setDate(ps, 8, statement.toDate());
            ps.setBigDecimal(9, statement.openingBalance());
            ps.setBigDecimal(10, statement.closingBalance());
            ps.setInt(11, statement.lines().size());
            ps.setInt(12, added);
            ps.setObject(13, now);
            return ps;
        }, keys);
        long statementId = keys.getKey().longValue();
        List<Object[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (BankStatementData.Line l : statement.lines()) {
            lineNo++;
            if (present.contains(l.lineKey())) {
                continue;
            }
            rows.add(new Object[] {account.companyId(), account.id(), statementId, lineNo, Date.valueOf(l.valueDate()),
                    l.bookingDate() == null ? null : Date.valueOf(l.bookingDate()), l.amount(), l.direction(),
                    truncate(l.narration(), 1000), truncate(l.bankReference(), 100), truncate(l.utr(), 40),
                    l.runningBalance(), l.lineKey()});
        }
        jdbc.batchUpdate("""
                insert into bank_statement_line (company_id, bank_account_id, statement_id, line_no, value_date,
                  booking_date, amount, direction, narration, bank_reference, utr, running_balance, line_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, new int[] {Types.BIGINT, Types.BIGINT,
                Types.BIGINT, Types.INTEGER, Types.DATE, Types.DATE, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR});
        return new Stored(statementId, statement.lines().size(), added, already);
    }

    /** The previous statement by to_date (on or before this one's first day) must close where this one opens. */
    private void checkContinuity(StatementAccount account, BankStatementData statement) {
        List<Map<String, Object>> previous = jdbc.queryForList("""
                select id, statement_ref, to_date, closing_balance from bank_statement
                where bank_account_id = ? and closing_balance is not null and to_date <= ?
                order by to_date desc, id desc""", account.id(), Date.valueOf(statement.fromDate()));
        if (previous.isEmpty()) {
            return;
        }
        Map<String, Object> prev = previous.get(0);
        BigDecimal closing = (BigDecimal) prev.get("closing_balance");
        if (closing.compareTo(statement.openingBalance()) != 0) {
            throw new BankStatementRejectedException("gap in the statements of account " + account.masked()
                    + ": this statement's opening balance " + statement.openingBalance().toPlainString()
                    + " (" + describe(statement) + ") is not the closing balance " + closing.toPlainString()
                    + " of the previous statement #" + prev.get("id") + " (" + prev.get("statement_ref") + ", to "
                    + prev.get("to_date") + "); difference " + statement.openingBalance().subtract(closing).toPlainString()
                    + ": import the missing statement first, or check the account");
        }
    }

    private Set<String> presentKeys(long accountId, List<BankStatementData.Line> lines) {
        Set<String> present = new HashSet<>();
        List<String> keys = lines.stream().map(BankStatementData.Line::lineKey).toList();
        for (int i = 0; i < keys.size(); i += IN_LIST) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + IN_LIST));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            List<Object> args = new ArrayList<>();
            args.add(accountId);
            args.addAll(chunk);
            present.addAll(jdbc.queryForList("select line_key from bank_statement_line where bank_account_id = ? and line_key in ("
                    + marks + ")", String.class, args.toArray()));
        }
        return present;
    }

    private static String describe(BankStatementData s) {
        return (s.statementRef() == null ? s.fileName() : s.statementRef()) + ", " + s.fromDate() + " to " + s.toDate();
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws java.sql.SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
