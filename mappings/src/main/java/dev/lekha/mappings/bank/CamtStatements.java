package dev.lekha.mappings.bank;

import com.prowidesoftware.swift.model.MxNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * ISO 20022 camt.053 (bank to customer statement) and camt.054 (debit/credit notification), any version from
 * .001.02 on, with or without a business application header around the Document. The XML is first checked
 * with a SAX parser that refuses any DOCTYPE (so no external entity or DTD is ever fetched or read), then read
 * with Prowide's version-independent {@link MxNode} tree: the generated per-version classes
 * (MxCamt05300102 ... 13) differ in every type name, while the element names used here are the same in
 * every version.
 */
public final class CamtStatements {

    private CamtStatements() {
    }

    static boolean looksLikeCamt(String head) {
        return head.contains("<") && (head.contains("camt.053") || head.contains("camt.054")
                || head.contains("BkToCstmrStmt") || head.contains("BkToCstmrDbtCdtNtfctn"));
    }

    /**
     * Every statement (camt.053 Stmt) or notification (camt.054 Ntfctn) in the file, not merged nor
     * balance-checked.
     *
     * @throws UnreadableStatementException naming the statement, entry and element of each problem
     */
    public static List<BankStatementFile> parse(byte[] content) {
        checkWellFormedWithoutDoctype(content);
        MxNode root = MxNode.parse(new String(content, StandardCharsets.UTF_8));
        if (root == null) {
            throw new UnreadableStatementException("the XML could not be read as an ISO 20022 message");
        }
        MxNode stmts = first(root, "BkToCstmrStmt");
        boolean notification = false;
        if (stmts == null) {
            stmts = first(root, "BkToCstmrDbtCdtNtfctn");
            notification = true;
        }
        if (stmts == null) {
            throw new UnreadableStatementException("no BkToCstmrStmt (camt.053) or BkToCstmrDbtCdtNtfctn (camt.054)"
                    + " element: not a bank statement");
        }
        List<MxNode> reports = children(stmts, notification ? "Ntfctn" : "Stmt");
        if (reports.isEmpty()) {
            throw new UnreadableStatementException((notification ? "Ntfctn" : "Stmt") + ": the message holds no "
                    + (notification ? "notification" : "statement"));
        }
        List<BankStatementFile> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            String where = (notification ? "Ntfctn" : "Stmt") + (reports.size() > 1 ? "[" + (i + 1) + "]" : "");
            try {
                out.add(report(reports.get(i), notification, where));
            } catch (UnreadableStatementException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new UnreadableStatementException(problems);
        }
        return out;
    }

    /** SAX with DOCTYPE refused and secure processing: catches truncation and XXE before anything else. */
    static void checkWellFormedWithoutDoctype(byte[] content) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(content)), new DefaultHandler());
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("DOCTYPE")) {
                throw new UnreadableStatementException("line " + e.getLineNumber() + ": the XML declares a DOCTYPE;"
                        + " statements with a DOCTYPE (DTDs or entities) are refused for safety: remove it");
            }
            if (msg.contains("must start and end within the same entity") || msg.contains("Premature end of file")
                    || msg.contains("must be terminated")) {
                throw new UnreadableStatementException("line " + e.getLineNumber() + ": the XML ends before its closing"
                        + " tags: the file looks cut short (" + msg + ")");
            }
            throw new UnreadableStatementException("line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": not well-formed XML: " + msg);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new UnreadableStatementException("not readable XML: " + e.getMessage());
        }
    }

    private static BankStatementFile report(MxNode stmt, boolean notification, String where) {
        List<String> problems = new ArrayList<>();
        String ref = text(stmt, "Id");
        String account = text(stmt, "Acct", "Id", "IBAN");
        if (account == null) {
            account = text(stmt, "Acct", "Id", "Othr", "Id");
        }
        if (account == null) {
            problems.add(where + "/Acct/Id: the account (IBAN or Othr/Id) is missing");
        }
        String currency = text(stmt, "Acct", "Ccy");
        BigDecimal opening = null;
        BigDecimal closing = null;
        LocalDate openingDate = null;
        LocalDate closingDate = null;
        if (!notification) {
            MxNode op = balance(stmt, "OPBD");
            if (op == null) {
                op = balance(stmt, "PRCD");
            }
            MxNode cl = balance(stmt, "CLBD");
            if (cl == null) {
                cl = balance(stmt, "CLAV");
            }
            if (op == null) {
                problems.add(where + "/Bal: no opening balance (Tp/CdOrPrtry/Cd OPBD, or PRCD)");
            } else {
                opening = signedAmount(op, where + "/Bal[OPBD]", problems);
                openingDate = date(op, where + "/Bal[OPBD]/Dt", problems);
            }
            if (cl == null) {
                problems.add(where + "/Bal: no closing balance (Tp/CdOrPrtry/Cd CLBD, or CLAV)");
            } else {
                closing = signedAmount(cl, where + "/Bal[CLBD]", problems);
                closingDate = date(cl, where + "/Bal[CLBD]/Dt", problems);
            }
            if (currency == null && op != null) {
                currency = first(op, "Amt") == null ? null : first(op, "Amt").getAttribute("Ccy");
            }
        }
        List<BankStatementLine> lines = new ArrayList<>();
        List<MxNode> entries = children(stmt, "Ntry");
        for (int i = 0; i < entries.size(); i++) {
            entry(entries.get(i), i + 1, where + "/Ntry[" + (i + 1) + "]", lines, problems);
        }
        if (!problems.isEmpty()) {
            throw new UnreadableStatementException(problems);
        }
        LocalDate from = dateTime(text(stmt, "FrToDt", "FrDtTm"));
        LocalDate to = dateTime(text(stmt, "FrToDt", "ToDtTm"));
        LocalDate minLine = lines.stream().map(BankStatementLine::valueDate).min(LocalDate::compareTo).orElse(null);
        LocalDate maxLine = lines.stream().map(BankStatementLine::valueDate).max(LocalDate::compareTo).orElse(null);
        if (from == null) {
            from = minLine != null ? minLine : openingDate;
        }
        if (to == null) {
            to = closingDate != null ? closingDate : maxLine;
        }
        return new BankStatementFile(notification ? StatementFormat.CAMT054 : StatementFormat.CAMT053, null, account,
                ref, currency, from, to, opening, closing, lines);
    }

    private static void entry(MxNode ntry, int number, String where, List<BankStatementLine> lines, List<String> problems) {
        String status = text(ntry, "Sts", "Cd");
        if (status == null) {
            status = text(ntry, "Sts");  // .001.02 and .001.03: the code directly
        }
        if (status != null && !status.equals("BOOK")) {
            return;  // pending or information-only entries are not movements yet
        }
        int before = problems.size();
        BigDecimal amount = amount(text(ntry, "Amt"), where + "/Amt", problems);
        Direction direction = direction(text(ntry, "CdtDbtInd"), where + "/CdtDbtInd", problems);
        if ("true".equalsIgnoreCase(text(ntry, "RvslInd")) && direction != null) {
            direction = direction == Direction.CR ? Direction.DR : Direction.CR;  // a reversal undoes the opposite
        }
        LocalDate booking = date(first(ntry, "BookgDt"));
        LocalDate value = date(first(ntry, "ValDt"));
        if (value == null) {
            value = booking;
        }
        if (value == null) {
            problems.add(where + "/ValDt: neither value date nor booking date (BookgDt) is given");
        }
        if (problems.size() > before) {
            return;
        }
        String entryText = firstNonNull(text(ntry, "AddtlNtryInf"), "");
        String entryRef = firstNonNull(text(ntry, "AcctSvcrRef"), text(ntry, "NtryRef"));
        List<MxNode> details = new ArrayList<>();
        for (MxNode dtls : children(ntry, "NtryDtls")) {
            details.addAll(children(dtls, "TxDtls"));
        }
        boolean split = details.size() > 1 && details.stream().allMatch(d -> txAmount(d) != null);
        if (split) {
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            List<BankStatementLine> parts = new ArrayList<>();
            for (int d = 0; d < details.size(); d++) {
                MxNode tx = details.get(d);
                String at = where + "/NtryDtls/TxDtls[" + (d + 1) + "]";
                BigDecimal txAmount = amount(txAmount(tx), at + "/Amt", problems);
                String ind = text(tx, "CdtDbtInd");
                Direction txDirection = ind == null ? direction : direction(ind, at + "/CdtDbtInd", problems);
                if (txAmount == null || txDirection == null) {
                    continue;
                }
                sum = sum.add(txDirection == direction ? txAmount : txAmount.negate());
                String narration = narration(tx, entryText);
                String reference = firstNonNull(reference(tx), entryRef);
                parts.add(new BankStatementLine(number, value, booking, txAmount, txDirection, narration, reference,
                        Utr.extract(narration, reference), null));
            }
            if (sum.compareTo(amount) != 0) {
                problems.add(where + ": the TxDtls amounts add up to " + StatementValues.show(sum) + " but the entry's Amt is "
                        + StatementValues.show(amount) + " (difference " + StatementValues.show(amount.subtract(sum)) + ")");
                return;
            }
            lines.addAll(parts);
        } else {
            MxNode tx = details.isEmpty() ? null : details.get(0);
            String narration = tx == null ? entryText : narration(tx, entryText);
            String reference = firstNonNull(tx == null ? null : reference(tx), entryRef);
            lines.add(new BankStatementLine(number, value, booking, amount, direction, narration, reference,
                    Utr.extract(narration, reference), null));
        }
    }

    private static String txAmount(MxNode tx) {
        String a = text(tx, "Amt");
        return a != null ? a : text(tx, "AmtDtls", "TxAmt", "Amt");
    }

    private static String reference(MxNode tx) {
        for (String[] path : new String[][] {{"Refs", "EndToEndId"}, {"Refs", "AcctSvcrRef"}, {"Refs", "TxId"},
                {"Refs", "InstrId"}}) {
            String r = text(tx, path);
            if (r != null && !r.equalsIgnoreCase("NOTPROVIDED")) {
                return r;
            }
        }
        return null;
    }

    private static String narration(MxNode tx, String entryText) {
        List<String> parts = new ArrayList<>();
        String info = text(tx, "AddtlTxInf");
        parts.add(info != null ? info : entryText);
        MxNode rmt = first(tx, "RmtInf");
        if (rmt != null) {
            children(rmt, "Ustrd").forEach(u -> parts.add(u.getValue()));
        }
        String party = firstNonNull(text(tx, "RltdPties", "Dbtr", "Nm"), text(tx, "RltdPties", "Dbtr", "Pty", "Nm"));
        String creditor = firstNonNull(text(tx, "RltdPties", "Cdtr", "Nm"), text(tx, "RltdPties", "Cdtr", "Pty", "Nm"));
        parts.add(party);
        parts.add(creditor);
        return String.join(" ", parts.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).distinct()
                .toList());
    }

    private static MxNode balance(MxNode stmt, String code) {
        for (MxNode bal : children(stmt, "Bal")) {
            String cd = text(bal, "Tp", "CdOrPrtry", "Cd");
            if (code.equals(cd)) {
                return bal;
            }
        }
        return null;
    }

    private static BigDecimal signedAmount(MxNode bal, String where, List<String> problems) {
        BigDecimal a = amount(text(bal, "Amt"), where + "/Amt", problems);
        Direction d = direction(text(bal, "CdtDbtInd"), where + "/CdtDbtInd", problems);
        return a == null || d == null ? null : d == Direction.CR ? a : a.negate();
    }

    private static BigDecimal amount(String text, String where, List<String> problems) {
        if (text == null || !text.trim().matches("\\d{1,17}(\\.\\d{1,2})?")) {
            problems.add(where + ": '" + text + "' is not an amount (digits with at most 2 decimals after a point)");
            return null;
        }
        return new BigDecimal(text.trim()).setScale(2);
    }

    private static Direction direction(String ind, String where, List<String> problems) {
        if ("CRDT".equals(ind)) {
            return Direction.CR;
        }
        if ("DBIT".equals(ind)) {
            return Direction.DR;
        }
        problems.add(where + ": '" + ind + "' is not CRDT or DBIT");
        return null;
    }

    private static LocalDate date(MxNode bal, String where, List<String> problems) {
        LocalDate d = date(first(bal, "Dt"));
        if (d == null) {
            problems.add(where + ": the balance date is missing or not a date");
        }
        return d;
    }

    /** A date choice element (Dt or DtTm inside); null when absent or unreadable. */
    private static LocalDate date(MxNode choice) {
        if (choice == null) {
            return null;
        }
        LocalDate d = dateTime(text(choice, "Dt"));
        return d != null ? d : dateTime(text(choice, "DtTm"));
    }

    private static LocalDate dateTime(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static MxNode first(MxNode node, String name) {
        if (node == null) {
            return null;
        }
        for (MxNode c : node.getChildren()) {
            if (name.equals(c.getLocalName())) {
                return c;
            }
        }
        for (MxNode c : node.getChildren()) {
            if (!"Ntry".equals(c.getLocalName()) && !"Stmt".equals(c.getLocalName()) && depthSearchAllowed(name)) {
                MxNode found = first(c, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Only the message-level elements are looked up at any depth; everything else by exact path. */
    private static boolean depthSearchAllowed(String name) {
        return name.equals("BkToCstmrStmt") || name.equals("BkToCstmrDbtCdtNtfctn") || name.equals("Document");
    }

    private static List<MxNode> children(MxNode node, String name) {
        List<MxNode> out = new ArrayList<>();
        for (MxNode c : node.getChildren()) {
            if (name.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }

    private static String text(MxNode node, String... path) {
        MxNode n = node;
        for (String p : path) {
            n = n == null ? null : children(n, p).stream().findFirst().orElse(null);
        }
        if (n == null || n.getValue() == null || n.getValue().isBlank()) {
            return null;
        }
        return n.getValue().trim();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
