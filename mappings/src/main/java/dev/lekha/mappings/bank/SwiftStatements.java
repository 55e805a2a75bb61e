package dev.lekha.mappings.bank;

import com.prowidesoftware.swift.model.SwiftMessage;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SWIFT MT940 (customer statement) and MT942 (interim transaction report) as banks export them: usually
 * without the SWIFT envelope, sometimes with a few lines of bank header before {@code :20:}, often several
 * statements in one file separated by {@code -}. Each statement is wrapped in a
 * {@code {1:..}{2:..}{4:..-}} envelope and parsed with Prowide (without it Prowide finds no fields);
 * {@code :61:} and {@code :86:} are paired in the order the bank wrote them.
 */
public final class SwiftStatements {

    private static final Pattern TAG_START = Pattern.compile("^:(\\d{2}[A-Z]?):", Pattern.MULTILINE);
    private static final DateTimeFormatter YYMMDD = StatementValues.formatter("yyMMdd");
    /** :86: lines are at most 65 characters; a full line was cut by the bank, not ended by the writer. */
    private static final int LINE_65 = 65;

    private SwiftStatements() {
    }

    /** Whether {@code text} looks like MT940/MT942 (a :20: and a :25: tag). */
    static boolean looksLikeSwift(String text) {
        return text.contains(":20:") && text.contains(":25:") && (text.contains(":61:") || text.contains(":60F:")
                || text.contains(":60M:") || text.contains(":34F:") || text.contains(":62F:"));
    }

    /**
     * Every statement in the file, each with its own balances and lines (not merged, not balance-checked).
     *
     * @throws UnreadableStatementException naming the statement and line of each problem
     */
    public static List<BankStatementFile> parse(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1)  // SWIFT X character set: ASCII
                .replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
        List<Chunk> chunks = split(text);
        if (chunks.isEmpty()) {
            throw new UnreadableStatementException("no :20: tag found: not an MT940/MT942 statement");
        }
        List<BankStatementFile> statements = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            try {
                statements.add(statement(chunks.get(i), i + 1, chunks.size()));
            } catch (UnreadableStatementException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new UnreadableStatementException(problems);
        }
        return statements;
    }

    /** A statement's text from its :20: to before the next :20:, and the file line its :20: is on. */
    private record Chunk(String text, int firstLine) {
    }

    private static List<Chunk> split(String text) {
        String[] lines = text.split("\n", -1);
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder current = null;
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(":20:")) {
                if (current != null) {
                    chunks.add(new Chunk(current.toString(), first));
                }
                current = new StringBuilder();
                first = i + 1;
            }
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            chunks.add(new Chunk(current.toString(), first));
        }
        return chunks;
    }

    private static BankStatementFile statement(Chunk chunk, int number, int count) {
        String where = count > 1 ? "statement " + number + " (line " + chunk.firstLine() + "): " : "";
        // drop the end-of-message '-' and whatever bank trailer follows it; keep tag lines
        List<String> body = new ArrayList<>();
        List<Integer> fileLines = new ArrayList<>();
        String[] lines = chunk.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.equals("-") || l.startsWith("-}")) {
                break;
            }
            if (l.isBlank()) {
                continue;
            }
            body.add(l);
            fileLines.add(chunk.firstLine() + i);
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
            body.remove(body.size() - 1);
        }
        boolean mt942 = body.stream().anyMatch(l -> l.startsWith(":34F:") || l.startsWith(":13D:") || l.startsWith(":90D:")
                || l.startsWith(":90C:")) && body.stream().noneMatch(l -> l.startsWith(":60F:") || l.startsWith(":60M:"));
        String fin = "{1:F01LEKHAXXXAXXX0000000000}{2:I" + (mt942 ? "942" : "940") + "LEKHAXXXXXXXN}{4:\n"
                + String.join("\n", body) + "\n-}";
        SwiftMessage message;
        try {
            message = SwiftMessage.parse(fin);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableStatementException(where + "not a readable MT940/MT942 statement: " + e.getMessage());
        }
        if (message.getBlock4() == null || message.getBlock4().getTags().isEmpty()) {
            throw new UnreadableStatementException(where + "no SWIFT fields found after :20:");
        }
        List<Tag> tags = message.getBlock4().getTags();
        // Prowide's tags in order, each with the file line where it starts
        List<Integer> tagLines = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (TAG_START.matcher(body.get(i)).lookingAt()) {
                tagLines.add(fileLines.get(i));
            }
        }
        List<String> problems = new ArrayList<>();
        String ref = null;
        String account = null;
        String currency = null;
        BigDecimal opening = null;
        BigDecimal closing = null;
        LocalDate closingDate = null;
        boolean closed = false;
        List<BankStatementLine> out = new ArrayList<>();
        Field61 pending = null;
        int pendingLine = 0;
        StringBuilder narration = null;
        for (int t = 0; t < tags.size(); t++) {
            Tag tag = tags.get(t);
            int line = t < tagLines.size() ? tagLines.get(t) : chunk.firstLine();
            String name = tag.getName();
            String value = tag.getValue() == null ? "" : tag.getValue();
            switch (name) {
                case "20" -> ref = value.trim();
                case "25", "25P" -> account = value.split("\n")[0].trim();
                case "60F", "60M" -> {
                    Field60F f = new Field60F(value);
                    try {
                        opening = signed(f.getDCMark(), f.getAmount(), where + "line " + line + ": :" + name + ":");
                        currency = f.getCurrency();
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage());
                    }
                }
                case "61" -> {
                    flush(pending, pendingLine, narration, out, problems, where);
                    pending = field61(value);
                    pendingLine = line;
                    narration = null;
                }
                case "86" -> {
                    if (pending != null) {
                        narration = joinLines(value);
                    }
                }
                case "62F", "62M" -> {
                    flush(pending, pendingLine, narration, out, problems, where);
                    pending = null;
                    Field60F f = new Field60F(value);  // 62a has the same components as 60a
                    try {
                        closing = signed(f.getDCMark(), f.getAmount(), where + "line " + line + ": :" + name + ":");
                        closingDate = date(f.getDate());
                        closed = true;
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage());
                    }
                }
                default -> {
                    if (!name.equals("86") && !name.equals("61") && pending != null && !name.startsWith("6")) {
                        flush(pending, pendingLine, narration, out, problems, where);
                        pending = null;
                    }
                }
            }
        }
        flush(pending, pendingLine, narration, out, problems, where);
        if (account == null || account.isBlank()) {
            problems.add(where + ":25: account identification is missing");
        }
        if (!mt942 && opening == null) {
            problems.add(where + ":60F: opening balance is missing");
        }
        if (!mt942 && !closed) {
            problems.add(where + ":62F: closing balance is missing: the file looks cut short (every MT940 statement"
                    + " ends with :62F:)");
        }
        if (!problems.isEmpty()) {
            throw new UnreadableStatementException(problems);
        }
        LocalDate from = out.stream().map(BankStatementLine::valueDate).min(LocalDate::compareTo).orElse(closingDate);
        LocalDate to = out.stream().map(BankStatementLine::valueDate).max(LocalDate::compareTo).orElse(closingDate);
        if (closingDate != null && (to == null || closingDate.isAfter(to))) {
            to = closingDate;
        }
        return new BankStatementFile(mt942 ? StatementFormat.MT942 : StatementFormat.MT940, null, account, ref,
                currency, from, to, mt942 ? null : opening, mt942 ? null : closing, out);
    }

    /**
     * Prowide's Field61 for a :61: value. Some exports (Citi) leave the optional entry date as spaces, which
     * Prowide then reads as part of the D/C mark; the spaces are removed first.
     */
    private static Field61 field61(String value) {
        String v = value;
        if (v.length() > 10 && v.substring(6, 10).isBlank()) {
            v = v.substring(0, 6) + v.substring(10);
        }
        return new Field61(v);
    }

    private static void flush(Field61 f, int line, StringBuilder narration, List<BankStatementLine> out,
                              List<String> problems, String where) {
        if (f == null) {
            return;
        }
        String at = where + "line " + line + ": :61:";
        LocalDate value;
        try {
            value = date(f.getValueDate());
        } catch (IllegalArgumentException e) {
            problems.add(at + " value date " + e.getMessage());
            return;
        }
        String mark = f.getDebitCreditMark() == null ? "" : f.getDebitCreditMark().trim();
        Direction direction = switch (mark) {
            case "C", "RD" -> Direction.CR;  // RD: reversal of a debit puts money back
            case "D", "RC" -> Direction.DR;  // RC: reversal of a credit takes it out
            default -> null;
        };
        if (direction == null) {
            problems.add(at + " debit/credit mark '" + mark + "' is not C, D, RC or RD");
            return;
        }
        BigDecimal amount;
        try {
            amount = swiftAmount(f.getAmount());
        } catch (IllegalArgumentException e) {
            problems.add(at + " amount " + e.getMessage());
            return;
        }
        if (amount.signum() == 0) {
            return;  // information lines (Citi prints balance codes as 0,00 entries): no money moved
        }
        LocalDate booking = null;
        String entry = f.getEntryDate();
        if (entry != null && entry.matches("\\d{4}")) {
            booking = value.withMonth(Integer.parseInt(entry.substring(0, 2)))
                    .withDayOfMonth(Integer.parseInt(entry.substring(2)));
            // entry in January for a December value date (or the reverse) crosses the year
            if (booking.isBefore(value.minusMonths(6))) {
                booking = booking.plusYears(1);
            } else if (booking.isAfter(value.plusMonths(6))) {
                booking = booking.minusYears(1);
            }
        }
        String ownerRef = blankToNull(f.getReferenceForTheAccountOwner());
        String bankRef = blankToNull(f.getReferenceOfTheAccountServicingInstitution());
        String reference = ownerRef != null && !ownerRef.equalsIgnoreCase("NONREF") ? ownerRef : bankRef;
        String text = narration == null ? "" : narration.toString().trim();
        String supplementary = blankToNull(f.getSupplementaryDetails());
        if (text.isEmpty() && supplementary != null) {
            text = supplementary.trim();
        }
        out.add(new BankStatementLine(line, value, booking, amount, direction, text, reference,
                Utr.extract(text, reference), null));
    }

    private static StringBuilder joinLines(String value) {
        StringBuilder b = new StringBuilder();
        String[] parts = value.split("\n");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i > 0 && parts[i - 1].length() < LINE_65) {
                b.append(' ');
            }
            b.append(i > 0 ? p.stripLeading() : p);
        }
        return new StringBuilder(b.toString().replaceAll("\\s+", " "));
    }

    private static BigDecimal signed(String mark, String amount, String where) {
        BigDecimal a;
        try {
            a = swiftAmount(amount);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " amount " + e.getMessage());
        }
        if ("D".equals(mark)) {
            return a.negate();
        }
        if (!"C".equals(mark)) {
            throw new IllegalArgumentException(where + " debit/credit mark '" + mark + "' is not C or D");
        }
        return a;
    }

    /** SWIFT amounts: digits, a comma as the decimal mark (required), at most 2 decimals for INR. */
    private static BigDecimal swiftAmount(String s) {
        if (s == null || !s.matches("\\d{1,15},\\d{0,2}")) {
            throw new IllegalArgumentException("'" + s + "' is not a SWIFT amount (digits, a decimal comma, e.g. 1250,50)");
        }
        String v = s.replace(',', '.');
        if (v.endsWith(".")) {
            v = v + "0";
        }
        return new BigDecimal(v).setScale(2);
    }

    private static LocalDate date(String yymmdd) {
        if (yymmdd == null || !yymmdd.matches("\\d{6}")) {
            throw new IllegalArgumentException("'" + yymmdd + "' is not a date YYMMDD");
        }
        try {
            return LocalDate.parse(yymmdd, YYMMDD);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + yymmdd + "' is not a date YYMMDD");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
