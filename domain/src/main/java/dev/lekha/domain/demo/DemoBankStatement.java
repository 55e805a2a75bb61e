package dev.lekha.domain.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo company's bank and Razorpay month, so that bank-recon and razorpay-recon have something to do on a
 * fresh start: a statement of the last 30 days on the HDFC account whose credits pay some of the demo invoices
 * (NEFT/RTGS/IMPS/UPI narrations, some naming the invoice, one paying two invoices together), a bank charge, a
 * Razorpay settlement credit carrying the settlement's UTR, and that settlement with its report rows (two
 * payments with fee and GST, one refund): 1180.00 + 2360.00 - 590.00 - (27.85 + 55.70) = 2866.45.
 */
@Component
public class DemoBankStatement {

    public static final String SETTLEMENT_ID = "setl_DemoLekha0001";
    public static final String SETTLEMENT_UTR = "UTIBR52026000123";
    public static final int LINES = 10;

    private final JdbcTemplate jdbc;

    public DemoBankStatement(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void seed(long companyId, LocalDate today, Instant now) {
        long account = jdbc.queryForObject("select id from bank_account where company_id = ? and account_number = ?",
                Long.class, companyId, "50200012345678");
        LocalDate from = today.minusDays(30);
        // the latest B2B invoices with a buyer name, oldest first: six are paid in this statement
        List<Map<String, Object>> invoices = jdbc.queryForList("select doc_number, doc_date, total, buyer_legal_name"
                + " from sales_document where company_id = ? and doc_type = 'INV' and buyer_legal_name is not null"
                + " and cancelled = false and doc_date between ? and ? order by doc_date, id fetch first 7 rows only",
                companyId, Date.valueOf(from.minusDays(20)), Date.valueOf(today.minusDays(5)));
        jdbc.update("insert into bank_statement (company_id, bank_account_id, format, statement_ref, file_name, file_sha256,"
                + " from_date, to_date, lines_in_file, lines_added, imported_at) values (?,?,'CSV','DEMO-1',"
                + " 'demo-hdfc-statement.csv',?,?,?,?,?,?)", companyId, account,
                "de30000000000000000000000000000000000000000000000000000000000001", Date.valueOf(from), Date.valueOf(today),
                LINES, LINES, Timestamp.from(now));
        long statement = jdbc.queryForObject("select id from bank_statement where bank_account_id = ? and statement_ref = 'DEMO-1'",
                Long.class, account);
        int[] no = {0};
        for (int i = 0; i < Math.min(5, invoices.size()); i++) {
            Map<String, Object> inv = invoices.get(i);
            String name = upper((String) inv.get("buyer_legal_name"), 20);
            String number = (String) inv.get("doc_number");
            LocalDate due = ((Date) inv.get("doc_date")).toLocalDate().plusDays(4 + i);
            LocalDate paid = max(due.isAfter(today) ? today : due, from);
            String utr = "HDFCN5202600" + (4100 + i);
            String narration = switch (i % 4) {
                case 0 -> "NEFT CR-HDFC0000240-" + name + "-" + utr + "-" + number;
                case 1 -> "RTGS CR-ICIC0000104-" + name + "-ICICR520260000" + (7700 + i);
                case 2 -> "IMPS-61550012" + (3400 + i) + "-" + name + "-SBIN-XXXXXXXX4321";
                default -> "UPI/61550098" + (1200 + i) + "/" + upper((String) inv.get("buyer_legal_name"), 15) + "/accounts@okaxis";
            };
            line(companyId, account, statement, ++no[0], paid, (BigDecimal) inv.get("total"), "CR", narration,
                    i == 0 ? utr : null);
        }
        if (invoices.size() >= 7) {
            // two invoices of different customers paid by one unnamed credit cannot be told apart: a line to match by hand
            BigDecimal both = ((BigDecimal) invoices.get(5).get("total")).add((BigDecimal) invoices.get(6).get("total"));
            line(companyId, account, statement, ++no[0], today.minusDays(2), both, "CR", "CLG/CHQ 004512/DEPOSITED", null);
        }
        line(companyId, account, statement, ++no[0], today.minusDays(3), new BigDecimal("2866.45"), "CR",
                "NEFT CR-UTIB0000004-RAZORPAY SOFTWARE PVT LTD-" + SETTLEMENT_UTR, SETTLEMENT_UTR);
        line(companyId, account, statement, ++no[0], today.minusDays(1), new BigDecimal("17.70"), "DR",
                "CHRG: NEFT COMMISSION INCL GST", null);
        line(companyId, account, statement, ++no[0], today.minusDays(10), new BigDecimal("25000.00"), "DR",
                "NEFT DR-SBIN0001234-DECCAN LOGISTICS-HDFCN52026001234", "HDFCN52026001234");
        while (no[0] < LINES) {
            line(companyId, account, statement, ++no[0], today.minusDays(no[0]), new BigDecimal("5000.00"), "CR",
                    "CASH DEP/PUNE HINJEWADI " + no[0], null);
        }
        razorpay(companyId, today.minusDays(4), now);
    }

    private void razorpay(long companyId, LocalDate settled, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("insert into razorpay_settlement (company_id, settlement_id, status, amount, fees, tax, utr, settled_on,"
                + " updated_at) values (?,?,'processed',2866.45,83.55,12.75,?,?,?)", companyId, SETTLEMENT_ID, SETTLEMENT_UTR,
                Date.valueOf(settled), at);
        // fee 2% + 18% GST on it: 23.60 + 4.25 = 27.85 and 47.20 + 8.50 = 55.70; credit = amount - fee; the settlement
        // carries their sum (fees 83.55, of which tax 12.75), as Razorpay's settlement entity does
        payment(companyId, "pay_DemoLekha0001", "1180.00", "27.85", "4.25", "1152.15", settled, at);
        payment(companyId, "pay_DemoLekha0002", "2360.00", "55.70", "8.50", "2304.30", settled, at);
        jdbc.update("insert into razorpay_refund (company_id, refund_id, payment_id, status, amount, settlement_id, updated_at)"
                + " values (?, 'rfnd_DemoLekha0001', 'pay_DemoLekha0000', 'processed', 590.00, ?, ?)", companyId,
                SETTLEMENT_ID, at);
        item(companyId, "rfnd_DemoLekha0001", "refund", "590.00", "0.00", "0.00", "0.00", "590.00", "pay_DemoLekha0000", settled);
    }

    private void payment(long companyId, String id, String amount, String fee, String tax, String credit, LocalDate settled,
                         Timestamp at) {
        jdbc.update("insert into razorpay_payment (company_id, payment_id, status, amount, currency, fee, tax, method,"
                + " settlement_id, updated_at) values (?,?,'captured',?,'INR',?,?,'upi',?,?)", companyId, id,
                new BigDecimal(amount), new BigDecimal(fee), new BigDecimal(tax), SETTLEMENT_ID, at);
        item(companyId, id, "payment", amount, fee, tax, credit, "0.00", id, settled);
    }

    private void item(long companyId, String entity, String type, String amount, String fee, String tax, String credit,
                      String debit, String paymentId, LocalDate settled) {
        jdbc.update("insert into razorpay_settlement_item (company_id, settlement_id, entity_id, entity_type, amount, credit,"
                + " debit, fee, tax, payment_id, settlement_utr, settled_at, source) values (?,?,?,?,?,?,?,?,?,?,?,?,'DEMO')",
                companyId, SETTLEMENT_ID, entity, type, new BigDecimal(amount), new BigDecimal(credit), new BigDecimal(debit),
                new BigDecimal(fee), new BigDecimal(tax), paymentId, SETTLEMENT_UTR,
                Timestamp.valueOf(settled.atTime(10, 0)));
    }

    private void line(long companyId, long account, long statement, int no, LocalDate date, BigDecimal amount,
                      String direction, String narration, String utr) {
        jdbc.update("insert into bank_statement_line (company_id, bank_account_id, statement_id, line_no, value_date, amount,"
                + " direction, narration, utr, line_key) values (?,?,?,?,?,?,?,?,?,?)", companyId, account, statement, no,
                Date.valueOf(date), amount, direction, narration, utr, "demo-" + no);
    }

    private static String upper(String name, int max) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        return n.length() > max ? n.substring(0, max) : n;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
