package dev.lekha.jobs.bankrecon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A month (June 2026) of books and bank with known truth, for the bank-recon IT and benchmark. Seeded, so
 * the same size and seed give the same data.
 *
 * <p>Books: sales invoices (May 1 to June 25) of customers, supplier bills of vendors, Razorpay settlements
 * of June. Bank (one statement, June 1 to 30): per sales invoice, 50% paid by one credit 1 to 25 days later,
 * 8% paid in two parts (each naming the invoice), 7% paid together with one or two more invoices of the
 * same customer (bulk), 35% unpaid; 60% of bills paid by one debit; every settlement credited 0 to 2 days
 * after, its UTR in the narration (and in the UTR field for 70%); 5% unrelated lines (bank charges,
 * interest, cash deposits, ATM withdrawals). Narrations in NEFT/RTGS/IMPS/UPI formats with names upper-cased,
 * suffixes dropped, truncated to the bank's 20 or 15 characters, one letter in ten names dropped, extra
 * words, the document number in 35% of payments. A line paid after June 30 is not in the statement (its
 * invoice stays open).
 *
 * <p>The truth: for each line, the targets it pays ({@code SALES_DOCUMENT:id}, {@code PURCHASE_INVOICE:id},
 * {@code RAZORPAY_SETTLEMENT:id}), none for unrelated lines.
 */
final class ReconMonthGenerator {

    static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private static final String[] PREFIX = {"", "", "", "SHREE ", "SAI ", "NEW ", "ROYAL ", "OM ", "JAI ", "SRI ",
            "MAA ", "BALAJI ", "GANESH ", "LAXMI ", "NAVIN ", "SUPREME ", "PRIME ", "GLOBAL ", "UNITED ", "VIJAY "};
    private static final String[] NAME = {"KAVERI", "NILGIRI", "SUNDARAM", "AGARWAL", "BHARAT", "DECCAN", "KONKAN",
            "MALABAR", "SAHYADRI", "GODAVARI", "NARMADA", "TAPTI", "KRISHNA", "HIMALAYA", "VINDHYA", "ARAVALLI",
            "SHARMA", "MEHTA", "PATEL", "REDDY", "IYER", "MENON", "NAIR", "JOSHI", "KULKARNI", "DESAI", "SHAH", "GUPTA",
            "BANSAL", "MITTAL", "KAPOOR", "CHOPRA", "SETHI", "MALHOTRA", "BHATIA", "KHANNA", "SINGHAL", "GOYAL",
            "JINDAL", "OBEROI", "RATHORE", "CHAUHAN", "PANDIT", "TRIVEDI", "DWIVEDI", "SAXENA", "SRIVASTAVA",
            "MISHRA", "TIWARI", "PANDEY", "DUBEY", "YADAV", "THAKUR", "BHOSALE", "PAWAR", "GAIKWAD", "SHINDE",
            "JADHAV", "CHAVAN", "MORE"};
    private static final String[] TRADE = {"AGRO", "STEEL", "TEXTILES", "FOODS", "PHARMA", "POLYMERS", "LOGISTICS",
            "ELECTRICALS", "CHEMICALS", "PLASTICS", "PAPERS", "MOTORS", "FABRICS", "SPICES", "TIMBER", "CERAMICS",
            "GARMENTS", "TOOLS", "PACKAGING", "DAIRY", "SOLAR", "CABLES", "PUMPS", "FORGINGS", "CASTINGS", "EXPORTS",
            "IMPEX", "SYSTEMS", "SOLUTIONS", "HARDWARE"};
    private static final String[] SUFFIX = {"TRADERS", "ENTERPRISES", "INDUSTRIES", "PVT LTD", "PRIVATE LIMITED", "LLP",
            "AND CO", "CORPORATION", "AGENCIES", "MILLS"};
    private static final String[] BANKS = {"HDFC0001234", "ICIC0000456", "SBIN0004567", "UTIB0000789", "KKBK0000321",
            "YESB0000111", "PUNB0123400", "BARB0VADODA"};

    /** What was generated. {@code truth[lineNo - 1]} is the line's targets, empty for unrelated lines. */
    record Month(long companyId, long bankAccountId, String accountNumber, long[] lineIds, List<Set<String>> truth,
                 int salesInvoices, int bills, int settlements) {

        Set<String> truthOf(long lineId, Map<Long, Integer> lineNoById) {
            return truth.get(lineNoById.get(lineId) - 1);
        }
    }

    private final JdbcTemplate jdbc;
    private final Random random;

    ReconMonthGenerator(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    private record Party(long id, String name) {
    }

    private record Item(String type, long id, String number, LocalDate date, BigDecimal total, Party party) {
    }

    private record Line(LocalDate date, BigDecimal amount, String direction, String narration, String utr,
                        Set<String> truth) {
    }

    /** Generates {@code invoices} sales invoices and the rest in proportion, for a new company of PAN {@code pan}. */
    Month generate(String pan, int invoices) {
        Instant now = Instant.now();
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, true, false, ?)",
                "Recon company " + pan, pan, Timestamp.from(now));
        long company = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        String gstin = "27" + pan + "1Z5";
        jdbc.update("insert into gst_registration (company_id, gstin, state_code, active) values (?, ?, '27', true)",
                company, gstin);
        long registration = jdbc.queryForObject("select id from gst_registration where gstin = ?", Long.class, gstin);
        String accountNumber = "5020" + pan.substring(5, 9) + "12345";
        jdbc.update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?, ?, 'HDFC0000001', 'HDFC Bank')",
                company, accountNumber);
        long account = jdbc.queryForObject("select id from bank_account where company_id = ? and account_number = ?",
                Long.class, company, accountNumber);

        List<Party> customers = parties(company, "CUSTOMER", Math.max(20, invoices / 8));
        List<Party> vendors = parties(company, "VENDOR", Math.max(10, invoices / 30));
        int bills = Math.max(5, invoices / 4);
        int settlements = Math.max(2, invoices / 2000);

        List<Item> sales = salesInvoices(company, registration, gstin, customers, invoices, now);
        List<Item> purchase = bills(company, vendors, bills, now);
        List<Item> setl = settlements(company, settlements, now);

        List<Line> lines = new ArrayList<>();
        Map<Party, List<Item>> bulk = new HashMap<>();
        for (Item inv : sales) {
            double r = random.nextDouble();
            LocalDate paid = inv.date().plusDays(1 + random.nextInt(25));
            if (r < 0.50) {
                credit(lines, paid, inv.total(), inv.party(), random.nextDouble() < 0.35 ? inv.number() : null, Set.of(key(inv)));
            } else if (r < 0.58) {
                BigDecimal first = inv.total().multiply(BigDecimal.valueOf(30 + random.nextInt(41)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                credit(lines, paid, first, inv.party(), inv.number(), Set.of(key(inv)));
                credit(lines, paid.plusDays(3 + random.nextInt(10)), inv.total().subtract(first), inv.party(),
                        inv.number(), Set.of(key(inv)));
            } else if (r < 0.65) {
                bulk.computeIfAbsent(inv.party(), p -> new ArrayList<>()).add(inv);
            }
        }
        for (var e : bulk.entrySet()) {
            List<Item> items = e.getValue();
            for (int i = 0; i + 1 < items.size(); i += 3) {
                List<Item> group = items.subList(i, Math.min(items.size(), i + 2 + random.nextInt(2)));
                BigDecimal sum = BigDecimal.ZERO;
                Set<String> truth = new HashSet<>();
                LocalDate last = FROM.minusDays(60);
                for (Item it : group) {
                    sum = sum.add(it.total());
                    truth.add(key(it));
                    last = it.date().isAfter(last) ? it.date() : last;
                }
                credit(lines, last.plusDays(2 + random.nextInt(15)), sum, e.getKey(), null, truth);
            }
        }
        for (Item bill : purchase) {
            if (random.nextDouble() < 0.60) {
                LocalDate paid = bill.date().plusDays(5 + random.nextInt(25));
                String utr = utr("N");
                String name = noisy(bill.party().name(), 20);
                String doc = random.nextDouble() < 0.30 ? "-" + bill.number() : "";
                String narration = random.nextBoolean()
                        ? "NEFT DR-" + bank() + "-" + name + "-" + utr + doc
                        : "RTGS DR-" + bank() + "-" + name + doc + "-" + utr;
                add(lines, paid, bill.total(), "DR", narration, utr, Set.of(key(bill)));
            }
        }
        for (Item s : setl) {
            String utr = s.number().substring(5, 9).toUpperCase(Locale.ROOT) + "N" + digits(11);
            jdbc.update("update razorpay_settlement set utr = ? where id = ?", utr, s.id());
            add(lines, s.date().plusDays(random.nextInt(3)), s.total(), "CR",
                    "NEFT CR-UTIB0000004-RAZORPAY SOFTWARE PVT LTD-" + utr, random.nextDouble() < 0.70 ? utr : null,
                    Set.of(key(s)));
        }
        int noise = Math.max(3, lines.size() / 20);
        for (int i = 0; i < noise; i++) {
            LocalDate d = FROM.plusDays(random.nextInt(30));
            switch (random.nextInt(4)) {
                case 0 -> add(lines, d, new BigDecimal(new String[] {"17.70", "29.50", "59.00", "118.00"}[random.nextInt(4)]),
                        "DR", random.nextBoolean() ? "CHRG: NEFT COMMISSION INCL GST" : "SMS ALERT CHGS QTR", null, Set.of());
                case 1 -> add(lines, d, money(50, 5000), "CR", "INT.PD:" + FROM + " TO " + TO, null, Set.of());
                case 2 -> add(lines, d, BigDecimal.valueOf(1000L * (1 + random.nextInt(200))).setScale(2), "CR",
                        "CASH DEP/BRANCH " + digits(4), null, Set.of());
                default -> add(lines, d, BigDecimal.valueOf(500L * (1 + random.nextInt(40))).setScale(2), "DR",
                        "ATM WDL/" + digits(6) + "/MUMBAI", null, Set.of());
            }
        }
        lines.removeIf(l -> l.date().isBefore(FROM) || l.date().isAfter(TO));
        lines.sort(java.util.Comparator.comparing(Line::date));
        long[] ids = insertLines(company, account, lines, now);
        return new Month(company, account, accountNumber, ids, lines.stream().map(Line::truth).toList(), sales.size(),
                purchase.size(), setl.size());
    }

    private void credit(List<Line> lines, LocalDate date, BigDecimal amount, Party party, String docNumber,
                        Set<String> truth) {
        String utr;
        String narration;
        String doc = docNumber == null ? "" : (random.nextBoolean() ? " " : "/") + docNumber;
        switch (random.nextInt(4)) {
            case 0 -> {
                utr = utr("N");
                narration = "NEFT CR-" + bank() + "-" + noisy(party.name(), 20) + "-" + noisy(party.name(), 20) + "-" + utr + doc;
            }
            case 1 -> {
                utr = utr("R");
                narration = "RTGS CR-" + bank() + "-" + noisy(party.name(), 20) + "-" + utr + doc;
            }
            case 2 -> {
                utr = digits(12);
                narration = "IMPS-" + utr + "-" + noisy(party.name(), 20) + "-" + bank().substring(0, 4) + "-XXXXXXXX"
                        + digits(4) + doc + (random.nextDouble() < 0.2 ? " BEING PAYMENT" : "");
            }
            default -> {
                utr = digits(12);
                narration = "UPI/" + utr + "/" + noisy(party.name(), 15) + "/" + party.name().split(" ")[0].toLowerCase(Locale.ROOT)
                        + "@okaxis" + doc + (random.nextDouble() < 0.3 ? "/Payment from PhonePe" : "");
            }
        }
        add(lines, date, amount, "CR", narration, utr, truth);
    }

    private static void add(List<Line> lines, LocalDate date, BigDecimal amount, String direction, String narration,
                            String utr, Set<String> truth) {
        lines.add(new Line(date, amount, direction, narration, utr, truth));
    }

    /** Upper case; suffix dropped half the time; one letter of a 6+ letter word dropped one time in ten; cut to {@code max}. */
    private String noisy(String name, int max) {
        String n = name;
        if (random.nextBoolean()) {
            for (String s : SUFFIX) {
                if (n.endsWith(" " + s)) {
                    n = n.substring(0, n.length() - s.length() - 1);
                    break;
                }
            }
        }
        if (random.nextDouble() < 0.10) {
            String[] words = n.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (words[i].length() >= 6) {
                    int at = 1 + random.nextInt(words[i].length() - 2);
                    words[i] = words[i].substring(0, at) + words[i].substring(at + 1);
                    break;
                }
            }
            n = String.join(" ", words);
        }
        return n.length() > max ? n.substring(0, max) : n;
    }

    private List<Party> parties(long company, String kind, int count) {
        Set<String> names = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        while (names.size() < count) {
            String name = PREFIX[random.nextInt(PREFIX.length)] + NAME[random.nextInt(NAME.length)] + " "
                    + TRADE[random.nextInt(TRADE.length)] + " " + SUFFIX[random.nextInt(SUFFIX.length)];
            if (names.add(name)) {
                rows.add(new Object[] {company, kind, title(name)});
            }
        }
        batch("insert into party (company_id, kind, name) values (?, ?, ?)", rows);
        List<Party> out = new ArrayList<>();
        jdbc.query("select id, name from party where company_id = ? and kind = ? order by id",
                rs -> { out.add(new Party(rs.getLong(1), rs.getString(2).toUpperCase(Locale.ROOT))); }, company, kind);
        return out;
    }

    private static String title(String upper) {
        StringBuilder b = new StringBuilder();
        for (String w : upper.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.equals("LLP") || w.equals("PVT") || w.equals("LTD") ? (w.equals("LLP") ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
                    : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private List<Item> salesInvoices(long company, long registration, String gstin, List<Party> customers, int count,
                                     Instant now) {
        List<Object[]> rows = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Party p = customers.get(random.nextInt(customers.size()));
            LocalDate date = LocalDate.of(2026, 5, 1).plusDays(random.nextInt(56));
            BigDecimal taxable = money(500, 400_000);
            BigDecimal igst = taxable.multiply(new BigDecimal("0.18")).setScale(2, RoundingMode.HALF_UP);
            // at most 16 characters (IRP/GST document number): a seventh digit drops the year's hyphen
            String number = i < 1_000_000 ? String.format("INV/26-27/%06d", i) : String.format("INV/2627/%07d", i);
            String period = String.format("%02d2026", date.getMonthValue());
            rows.add(new Object[] {company, registration, gstin, number, Date.valueOf(date), period, p.id(), p.name(),
                    taxable, igst, taxable.add(igst), String.format("%064d", i), Timestamp.from(now)});
            items.add(new Item("SALES_DOCUMENT", 0, number, date, taxable.add(igst), p));
        }
        batch("insert into sales_document (company_id, registration_id, supplier_gstin, doc_type, doc_number, doc_date,"
                + " financial_year, return_period, supply_type, reverse_charge, place_of_supply, party_id, buyer_legal_name,"
                + " taxable_value, igst, cgst, sgst, cess, other_charges, round_off, total, content_sha256, source_channel,"
                + " received_at, einvoice_status) values (?,?,?,'INV',?,?,'2026-27',?,'B2B',false,'29',?,?,?,?,0,0,0,0,0,?,?,"
                + " 'TEST',?,'NOT_APPLICABLE')", rows);
        return withIds(items, "select id from sales_document where company_id = ? order by id", company);
    }

    private List<Item> bills(long company, List<Party> vendors, int count, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Party p = vendors.get(random.nextInt(vendors.size()));
            LocalDate date = LocalDate.of(2026, 5, 1).plusDays(random.nextInt(50));
            BigDecimal taxable = money(1000, 300_000);
            BigDecimal igst = taxable.multiply(new BigDecimal("0.18")).setScale(2, RoundingMode.HALF_UP);
            String number = String.format("BL-%05d", i);
            rows.add(new Object[] {company, "29AAAAA" + String.format("%04d", p.id() % 10000) + "A1Z5", p.name(), p.id(),
                    number, Date.valueOf(date), String.format("%02d2026", date.getMonthValue()), taxable, igst,
                    taxable.add(igst), Timestamp.from(now)});
            items.add(new Item("PURCHASE_INVOICE", 0, number, date, taxable.add(igst), p));
        }
        batch("insert into purchase_invoice (company_id, supplier_gstin, supplier_name, party_id, doc_type, doc_number,"
                + " doc_date, financial_year, return_period, place_of_supply, reverse_charge, taxable_value, igst, cgst,"
                + " sgst, cess, total, itc_eligibility, received_at) values (?,?,?,?,'INV',?,?,'2026-27',?,'27',false,?,?,"
                + "0,0,0,?,'INPUTS',?)", rows);
        return withIds(items, "select id from purchase_invoice where company_id = ? order by id", company);
    }

    private List<Item> settlements(long company, int count, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate date = FROM.plusDays(random.nextInt(28));
            BigDecimal amount = money(20_000, 500_000);
            String id = "setl_" + Long.toString(Math.abs(random.nextLong()), 36).substring(0, 9) + String.format("%05d", i);
            rows.add(new Object[] {company, id, amount, Date.valueOf(date), Timestamp.from(now)});
            items.add(new Item("RAZORPAY_SETTLEMENT", 0, id, date, amount, null));
        }
        batch("insert into razorpay_settlement (company_id, settlement_id, status, amount, fees, tax, settled_on, updated_at)"
                + " values (?,?,'processed',?,0,0,?,?)", rows);
        return withIds(items, "select id from razorpay_settlement where company_id = ? order by id", company);
    }

    private List<Item> withIds(List<Item> items, String sql, long company) {
        List<Long> ids = jdbc.queryForList(sql, Long.class, company);
        List<Item> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            out.add(new Item(it.type(), ids.get(i), it.number(), it.date(), it.total(), it.party()));
        }
        return out;
    }

    private long[] insertLines(long company, long account, List<Line> lines, Instant now) {
        jdbc.update("insert into bank_statement (company_id, bank_account_id, format, file_name, file_sha256, from_date,"
                + " to_date, lines_in_file, lines_added, imported_at) values (?,?,'GENERATED','generated-june-2026.csv',?,?,?,?,?,?)",
                company, account, String.format("%064d", company), Date.valueOf(FROM), Date.valueOf(TO), lines.size(),
                lines.size(), Timestamp.from(now));
        long statement = jdbc.queryForObject("select id from bank_statement where bank_account_id = ?", Long.class, account);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            rows.add(new Object[] {company, account, statement, i + 1, Date.valueOf(l.date()), l.amount(), l.direction(),
                    l.narration(), l.utr(), "G" + (i + 1)});
        }
        batch("insert into bank_statement_line (company_id, bank_account_id, statement_id, line_no, value_date, amount,"
                + " direction, narration, utr, line_key) values (?,?,?,?,?,?,?,?,?,?)", rows);
        long[] ids = new long[lines.size()];
        jdbc.query("select id, line_no from bank_statement_line where statement_id = ?",
                rs -> { ids[rs.getInt(2) - 1] = rs.getLong(1); }, statement);
        return ids;
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 5000) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 5000)));
        }
    }

    private static String key(Item item) {
        return item.type() + ":" + item.id();
    }

    private BigDecimal money(int min, int max) {
        return BigDecimal.valueOf(min * 100L + (long) (random.nextDouble() * (max - min) * 100L), 2);
    }

    private String bank() {
        return BANKS[random.nextInt(BANKS.length)];
    }

    private String utr(String kind) {
        return bank().substring(0, 4) + kind + digits(kind.equals("R") ? 14 : 11);
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }
}
