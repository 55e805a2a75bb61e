package dev.lekha.domain.demo;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.company.BankAccount;
import dev.lekha.domain.company.BankAccounts;
import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.einvoice.CompanyTurnover;
import dev.lekha.domain.einvoice.CompanyTurnovers;
import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.gstadvance.GstAdvances;
import dev.lekha.domain.gstadvance.NewAdvance;
import dev.lekha.domain.gstr2b.Gstr2bReturns;
import dev.lekha.domain.gstr2b.Gstr2bStatementData;
import dev.lekha.domain.gst.GstAmounts;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.GstTaxRule;
import dev.lekha.domain.gst.GstTaxRule.DocumentTax;
import dev.lekha.domain.gst.GstTaxRule.TaxableLine;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.Pan;
import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.gst.TaxJurisdiction;
import dev.lekha.domain.invoice.IncomingSalesDocument;
import dev.lekha.domain.invoice.IncomingSalesDocument.Buyer;
import dev.lekha.domain.invoice.IncomingSalesDocument.Line;
import dev.lekha.domain.invoice.IncomingSalesDocument.PrecedingDocument;
import dev.lekha.domain.invoice.IncomingSalesDocument.Totals;
import dev.lekha.domain.invoice.SalesDocumentIntake;
import dev.lekha.domain.item.Item;
import dev.lekha.domain.item.Items;
import dev.lekha.domain.ledger.AccountType;
import dev.lekha.domain.ledger.JournalEntries;
import dev.lekha.domain.ledger.JournalEntry;
import dev.lekha.domain.ledger.JournalEntry.Posting;
import dev.lekha.domain.ledger.LedgerAccount;
import dev.lekha.domain.ledger.LedgerAccounts;
import dev.lekha.domain.party.Parties;
import dev.lekha.domain.party.Party;
import dev.lekha.domain.party.PartyKind;
import dev.lekha.domain.purchase.ItcEligibility;
import dev.lekha.domain.purchase.PurchaseInvoice;
import dev.lekha.domain.purchase.PurchaseInvoiceLine;
import dev.lekha.domain.purchase.PurchaseInvoices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo company ("Lekha Demo Traders Private Limited", PAN {@code AAACL1234C}) with two
 * GST registrations (Pune, Maharashtra and Bengaluru, Karnataka), a bank account, customers in five
 * states, two vendors, goods and a service, a basic chart of accounts, an opening journal entry, two
 * purchase invoices and 227 sales documents (invoices, credit and debit notes; B2B intra- and
 * inter-state, B2C and one export with its shipping bill) dated over the 90 days up to today; for the GST returns
 * also an inter-state B2C sale above ₹1 lakh, a sale with an exempt line, a sale through an e-commerce operator,
 * an advance received, and the GSTR-2B statements of the purchases' months.
 *
 * <p>The sales documents go through {@link SalesDocumentIntake}, so they are valid by the same rules
 * as any other, and are announced on the outbox like any other. Deterministic: the same day gives the
 * same data (fixed random seed). Idempotent: does nothing when the company exists.
 */
@Component
public class DemoCompanySeeder {

    public static final String LEGAL_NAME = "Lekha Demo Traders Private Limited";
    public static final String PAN = "AAACL1234C";
    public static final String PUNE_GSTIN = "27AAACL1234C1Z5";
    public static final String BENGALURU_GSTIN = "29AAACL1234C1Z1";
    /** Invoices seeded; plus {@value #CREDIT_NOTES} credit and {@value #DEBIT_NOTES} debit notes. */
    public static final int INVOICES = 215;
    public static final int CREDIT_NOTES = 6;
    public static final int DEBIT_NOTES = 3;

    private static final Logger log = LoggerFactory.getLogger(DemoCompanySeeder.class);
    private static final long SEED = 20250401L;
    private static final int EXPORT_INVOICE = 100;

    private final Companies companies;
    private final GstRegistrations registrations;
    private final BankAccounts bankAccounts;
    private final Parties parties;
    private final Items items;
    private final LedgerAccounts ledgerAccounts;
    private final JournalEntries journalEntries;
    private final PurchaseInvoices purchaseInvoices;
    private final SalesDocumentIntake intake;
    private final CompanyTurnovers turnovers;
    private final GstAdvances advances;
    private final Gstr2bReturns gstr2b;
    private final Clock clock;
    private final DemoBankStatement bankStatement;

    public DemoCompanySeeder(Companies companies, GstRegistrations registrations, BankAccounts bankAccounts,
                             Parties parties, Items items, LedgerAccounts ledgerAccounts, JournalEntries journalEntries,
                             PurchaseInvoices purchaseInvoices, SalesDocumentIntake intake, CompanyTurnovers turnovers,
                             GstAdvances advances, Gstr2bReturns gstr2b, Clock clock, DemoBankStatement bankStatement) {
        this.companies = companies;
        this.registrations = registrations;
        this.bankAccounts = bankAccounts;
        this.parties = parties;
        this.items = items;
        this.ledgerAccounts = ledgerAccounts;
        this.journalEntries = journalEntries;
        this.purchaseInvoices = purchaseInvoices;
        this.intake = intake;
        this.turnovers = turnovers;
        this.advances = advances;
        this.gstr2b = gstr2b;
        this.clock = clock;
        this.bankStatement = bankStatement;
    }

    /**
     * Seeds the demo company unless a company with its PAN exists; all or nothing.
     *
     * @return true when it seeded, false when the company was already there
     */
    @Transactional
    public boolean seedIfEmpty() {
        if (companies.existsByPan(PAN)) {
            log.info("demo company {} already present; not seeding", LEGAL_NAME);
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Company company = new Company(LEGAL_NAME, Pan.of(PAN), false, true, now);
        company.setTradeName("Lekha Demo Traders");
        // Rs 8.5 crore: above the Rs 5 crore e-invoice threshold, below the Rs 10 crore at which the IRP's
        // 30-day reporting limit applies, so the 90 days of seeded documents can all still be registered
        FinancialYear lastYear = FinancialYear.of(today).previous();
        company.recordTurnover(new BigDecimal("85000000.00"), lastYear.toString());
        company = companies.save(company);
        long id = company.getId();
        turnovers.save(new CompanyTurnover(id, lastYear.previous().toString(), new BigDecimal("61200000.00")));
        turnovers.save(new CompanyTurnover(id, lastYear.toString(), new BigDecimal("85000000.00")));
        GstRegistration pune = registrations.save(new GstRegistration(id, Gstin.of(PUNE_GSTIN), "Lekha Demo Traders",
                "Plot 12, Hinjewadi Phase 1", "Pune", "411057"));
        GstRegistration bengaluru = registrations.save(new GstRegistration(id, Gstin.of(BENGALURU_GSTIN),
                "Lekha Demo Traders", "4th Floor, 100 Feet Road, Indiranagar", "Bengaluru", "560038"));
        bankAccounts.save(new BankAccount(id, "50200012345678", "HDFC0000123", "HDFC Bank", "Pune Hinjewadi", LEGAL_NAME));
        List<Party> customers = customers(id);
        List<Party> vendors = vendors(id);
        List<Item> catalogue = items(id);
        chartOfAccounts(id, today, now);
        purchases(id, pune, vendors, today, now);
        List<IncomingSalesDocument> documents = new ArrayList<>(
                salesDocuments(List.of(pune, bengaluru), customers, catalogue, today));
        documents.addAll(gstShowcase(pune, catalogue, today));
        intake.receiveAll(documents, "demo");
        gstShowcaseAdvanceAndGstr2b(id, pune, vendors, today);
        bankStatement.seed(id, today, now);
        log.info("seeded demo company {} (id {}) with {} sales documents", LEGAL_NAME, id, documents.size());
        return true;
    }

    private List<Party> customers(long companyId) {
        List<Party> list = new ArrayList<>();
        list.add(customer(companyId, "Sahyadri Retail Private Limited", "27AABCS9876K1ZK", "accounts@sahyadri-retail.example",
                "+912025550101", "Baner Road, Pune", "411045"));
        list.add(customer(companyId, "Kaveri Foods Private Limited", "29AAFCK4321M1ZA", "payables@kaveri-foods.example",
                "+918025550102", "Peenya Industrial Area, Bengaluru", "560058"));
        list.add(customer(companyId, "Thanjavur Textiles Private Limited", "33AACCT5566P1ZS", "finance@tanjore-tex.example",
                "+914425550103", "Guindy, Chennai", "600032"));
        list.add(customer(companyId, "Gir Engineering Private Limited", "24AAGCG7788Q1ZM", "ap@gir-engg.example",
                "+917925550104", "Naroda GIDC, Ahmedabad", "382330"));
        list.add(customer(companyId, "Dilli Distributors Private Limited", "07AAACD3344R1ZD", "bills@dilli-dist.example",
                "+911125550105", "Okhla Phase II, New Delhi", "110020"));
        list.add(parties.save(new Party(companyId, PartyKind.CUSTOMER, "Colombo Trading Company (Pvt) Ltd", null, null,
                StateCode.FOREIGN).withContact("imports@colombo-trading.example", "+94115550106",
                "Galle Road, Colombo 3, Sri Lanka", null)));
        return list;
    }

    private Party customer(long companyId, String name, String gstin, String email, String phone, String address,
                           String pincode) {
        Gstin g = Gstin.of(gstin);
        return parties.save(new Party(companyId, PartyKind.CUSTOMER, name, g.value(), g.panText(), g.stateCode().code())
                .withContact(email, phone, address, pincode));
    }

    private List<Party> vendors(long companyId) {
        return List.of(vendor(companyId, "Deccan Packaging Private Limited", "27", "AADCD2468F", "Chakan MIDC, Pune", "410501"),
                vendor(companyId, "Malnad Logistics Private Limited", "29", "AABCM1357N", "Hosur Road, Bengaluru", "560068"));
    }

    private Party vendor(long companyId, String name, String state, String pan, String address, String pincode) {
        String first14 = state + pan + "1Z";
        String gstin = Gstin.of(first14 + Gstin.checkCharacter(first14)).value();
        return parties.save(new Party(companyId, PartyKind.VENDOR, name, gstin, pan, state)
                .withContact(null, null, address, pincode));
    }

    private List<Item> items(long companyId) {
        return List.of(
                item(companyId, "G-RICE-25", "Basmati rice, 25 kg bag", "10063020", false, "5", "BAG", "2450.00"),
                item(companyId, "G-TEA-1", "Assam CTC tea, 1 kg", "09024020", false, "5", "KGS", "420.00"),
                item(companyId, "G-BOTTLE", "Steel water bottle, 1 litre", "73239390", false, "18", "NOS", "349.00"),
                item(companyId, "G-LED-9W", "LED bulb, 9 W", "85395000", false, "18", "NOS", "89.50"),
                item(companyId, "G-DETERG-5", "Detergent powder, 5 kg", "34022010", false, "18", "NOS", "610.00"),
                item(companyId, "S-IT-CONSULT", "IT consulting and support (per hour)", "998313", true, "18", "OTH", "2500.00"));
    }

    private Item item(long companyId, String code, String name, String hsn, boolean service, String rate, String uqc,
                      String price) {
        return items.save(new Item(companyId, code, name, hsn, service, new BigDecimal(rate), uqc, new BigDecimal(price)));
    }

    private void chartOfAccounts(long companyId, LocalDate today, Instant now) {
        LedgerAccount assets = account(companyId, "1000", "Assets", AccountType.ASSET, null);
        LedgerAccount bank = account(companyId, "1100", "HDFC Bank current account", AccountType.ASSET, assets);
        account(companyId, "1200", "Trade receivables", AccountType.ASSET, assets);
        account(companyId, "1300", "Input CGST", AccountType.ASSET, assets);
        account(companyId, "1310", "Input SGST", AccountType.ASSET, assets);
        account(companyId, "1320", "Input IGST", AccountType.ASSET, assets);
        LedgerAccount liabilities = account(companyId, "2000", "Liabilities", AccountType.LIABILITY, null);
        account(companyId, "2100", "Trade payables", AccountType.LIABILITY, liabilities);
        account(companyId, "2200", "Output CGST", AccountType.LIABILITY, liabilities);
        account(companyId, "2210", "Output SGST", AccountType.LIABILITY, liabilities);
        account(companyId, "2220", "Output IGST", AccountType.LIABILITY, liabilities);
        LedgerAccount equity = account(companyId, "3000", "Equity", AccountType.EQUITY, null);
        LedgerAccount capital = account(companyId, "3100", "Share capital", AccountType.EQUITY, equity);
        LedgerAccount income = account(companyId, "4000", "Income", AccountType.INCOME, null);
        account(companyId, "4100", "Sales of goods", AccountType.INCOME, income);
        account(companyId, "4200", "Sales of services", AccountType.INCOME, income);
        LedgerAccount expenses = account(companyId, "5000", "Expenses", AccountType.EXPENSE, null);
        account(companyId, "5100", "Purchases", AccountType.EXPENSE, expenses);
        account(companyId, "5200", "Freight and packing", AccountType.EXPENSE, expenses);
        BigDecimal opening = new BigDecimal("1000000.00");
        journalEntries.save(JournalEntry.post(companyId, FinancialYear.of(today).start(), "Share capital paid in",
                null, null, List.of(Posting.debit(bank.getId(), opening), Posting.credit(capital.getId(), opening)), now));
    }

    private LedgerAccount account(long companyId, String code, String name, AccountType type, LedgerAccount parent) {
        return ledgerAccounts.save(new LedgerAccount(companyId, code, name, type, parent == null ? null : parent.getId()));
    }

    private void purchases(long companyId, GstRegistration pune, List<Party> vendors, LocalDate today, Instant now) {
        Party packaging = vendors.get(0);
        Party logistics = vendors.get(1);
        LocalDate first = today.minusDays(40);
        PurchaseInvoice boxes = new PurchaseInvoice(companyId, pune.getId(), packaging.getGstin(), packaging.getName(),
                "INV", "DP/2627/0412", first, FinancialYear.of(first).toString(), GstReturnPeriod.of(first).toString(),
                "27", false, ItcEligibility.INPUTS, now);
        // 2000 cartons x 18.50 = 37000.00; intra-state 18%: CGST = SGST = 3330.00
        boxes.addLine(new PurchaseInvoiceLine(companyId, 1, "Corrugated cartons", "48191010", new BigDecimal("2000"), "NOS",
                new BigDecimal("37000.00"), new BigDecimal("18"), null, new BigDecimal("3330.00"),
                new BigDecimal("3330.00"), null, ItcEligibility.INPUTS));
        boxes.linkParty(packaging.getId());
        purchaseInvoices.save(boxes);
        LocalDate second = today.minusDays(20);
        PurchaseInvoice freight = new PurchaseInvoice(companyId, pune.getId(), logistics.getGstin(), logistics.getName(),
                "INV", "ML/26-27/118", second, FinancialYear.of(second).toString(), GstReturnPeriod.of(second).toString(),
                "27", false, ItcEligibility.INPUT_SERVICES, now);
        // 12500.00 freight at 18% inter-state (29 -> 27): IGST 2250.00
        freight.addLine(new PurchaseInvoiceLine(companyId, 1, "Road freight Bengaluru-Pune", "996511", null, "OTH",
                new BigDecimal("12500.00"), new BigDecimal("18"), new BigDecimal("2250.00"), null, null, null,
                ItcEligibility.INPUT_SERVICES));
        freight.linkParty(logistics.getId());
        purchaseInvoices.save(freight);
    }

    private List<IncomingSalesDocument> salesDocuments(List<GstRegistration> regs, List<Party> customers,
                                                       List<Item> catalogue, LocalDate today) {
        Random random = new Random(SEED);
        LocalDate start = today.minusDays(89);
        List<Draft> invoices = new ArrayList<>();
        for (int i = 0; i < INVOICES; i++) {
            GstRegistration reg = regs.get(random.nextInt(regs.size()));
            LocalDate date = start.plusDays(random.nextInt(90));
            int kind = random.nextInt(100);
            Party buyer = null;
            SupplyType type;
            if (i == EXPORT_INVOICE) {
                type = SupplyType.EXPWOP;
                buyer = customers.get(customers.size() - 1);
            } else if (kind < 60) {
                type = SupplyType.B2B;
                buyer = customers.get(random.nextInt(customers.size() - 1));
            } else {
                type = SupplyType.B2C;
            }
            List<Line> lines = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int n = 1; n <= count; n++) {
                Item item = catalogue.get(random.nextInt(catalogue.size()));
                BigDecimal qty = BigDecimal.valueOf(item.isService() ? 2 + random.nextInt(39) : 1 + random.nextInt(60));
                BigDecimal gross = Money.of(qty.multiply(item.getUnitPrice()));
                BigDecimal discount = random.nextInt(4) == 0 ? Money.percentOf(gross, BigDecimal.valueOf(5)) : Money.ZERO;
                lines.add(new Line(n, item.getName(), item.getHsnSac(), item.isService(), qty, item.getUqc(),
                        item.getUnitPrice(), discount, gross.subtract(discount), item.getGstRate(), null, null, null, null));
            }
            invoices.add(new Draft(reg, "INV", date, type, buyer, null, lines));
        }
        invoices.sort(Comparator.comparing(Draft::date));
        List<Draft> notes = new ArrayList<>();
        List<Draft> b2b = invoices.stream().filter(d -> d.type == SupplyType.B2B && d.date.isBefore(today)).toList();
        for (int k = 0; k < CREDIT_NOTES + DEBIT_NOTES; k++) {
            Draft original = b2b.get(random.nextInt(b2b.size()));
            boolean credit = k < CREDIT_NOTES;
            LocalDate date = original.date.plusDays(1 + random.nextInt(10));
            if (date.isAfter(today)) {
                date = today;
            }
            Line first = original.lines.get(0);
            // credit: one unit returned at the invoiced price; debit: 10.00 a unit charged short
            BigDecimal qty = credit ? BigDecimal.ONE : first.quantity();
            BigDecimal price = credit ? first.unitPrice() : new BigDecimal("10.00");
            Line line = new Line(1, first.description() + (credit ? " (returned)" : " (price revision)"), first.hsn(),
                    first.service(), qty, first.uqc(), price, Money.ZERO, Money.of(qty.multiply(price)), first.gstRate(),
                    null, null, null, null);
            notes.add(new Draft(original.registration, credit ? "CRN" : "DBN", date, SupplyType.B2B, original.buyer,
                    original, List.of(line)));
        }
        notes.sort(Comparator.comparing(Draft::date));
        Map<String, Integer> sequences = new HashMap<>();
        for (Draft d : invoices) {
            d.number = number(d, sequences, 4);
        }
        List<IncomingSalesDocument> result = new ArrayList<>();
        for (Draft d : invoices) {
            result.add(document(d));
        }
        for (Draft d : notes) {
            d.number = number(d, sequences, 3);
            result.add(document(d));
        }
        return result;
    }

    /** e.g. {@code MH/2627/0001} for invoices, {@code MH/CN/2627/001} for credit notes. */
    private static String number(Draft d, Map<String, Integer> sequences, int digits) {
        String prefix = d.registration.getStateCode().code().equals("27") ? "MH" : "KA";
        FinancialYear fy = FinancialYear.of(d.date);
        String year = String.format("%02d%02d", fy.startYear() % 100, (fy.startYear() + 1) % 100);
        String series = switch (d.documentType) {
            case "CRN" -> prefix + "/CN/" + year;
            case "DBN" -> prefix + "/DN/" + year;
            default -> prefix + "/" + year;
        };
        int next = sequences.merge(series, 1, Integer::sum);
        return series + "/" + String.format("%0" + digits + "d", next);
    }

    private static IncomingSalesDocument document(Draft d) {
        StateCode supplier = d.registration.getStateCode();
        StateCode pos = d.type.isExport() ? StateCode.of(StateCode.FOREIGN)
                : d.buyer != null ? StateCode.of(d.buyer.getStateCode()) : supplier;
        TaxJurisdiction jurisdiction = GstTaxRule.jurisdiction(supplier, pos, d.type);
        boolean withoutPayment = d.type == SupplyType.EXPWOP;
        DocumentTax tax = GstTaxRule.documentTax(
                d.lines.stream().map(l -> new TaxableLine(l.taxableValue(), l.gstRate())).toList(), jurisdiction);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < d.lines.size(); i++) {
            Line l = d.lines.get(i);
            GstAmounts t = withoutPayment ? GstAmounts.NONE : tax.lines().get(i);
            lines.add(new Line(l.lineNo(), l.description(), l.hsn(), l.service(), l.quantity(), l.uqc(), l.unitPrice(),
                    l.discount(), l.taxableValue(), l.gstRate(), t.igst(), t.cgst(), t.sgst(), Money.ZERO));
        }
        GstAmounts total = withoutPayment ? GstAmounts.NONE : tax.total();
        BigDecimal taxable = Money.sum(d.lines.stream().map(Line::taxableValue).toList());
        BigDecimal exact = taxable.add(total.total());
        BigDecimal rounded = exact.setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
        Totals totals = new Totals(taxable, total.igst(), total.cgst(), total.sgst(), Money.ZERO, Money.ZERO,
                rounded.subtract(exact), rounded);
        Buyer buyer;
        if (d.type.isExport()) {
            buyer = new Buyer("URP", d.buyer.getName(), StateCode.FOREIGN, d.buyer.getAddress(), null,
                    d.buyer.getEmail(), d.buyer.getPhone());
        } else if (d.buyer != null) {
            buyer = new Buyer(d.buyer.getGstin(), d.buyer.getName(), d.buyer.getStateCode(), d.buyer.getAddress(),
                    d.buyer.getPincode(), d.buyer.getEmail(), d.buyer.getPhone());
        } else {
            buyer = new Buyer(null, "Walk-in customer", supplier.code(), null, null, null, null);
        }
        PrecedingDocument preceding = d.original == null ? null
                : new PrecedingDocument(d.original.number, d.original.date);
        // an export carries its shipping bill, for GSTR-1 table 6A
        IncomingSalesDocument.GstReporting gst = d.type.isExport()
                ? new IncomingSalesDocument.GstReporting(null, "INNSA1", "4512309", d.date, false) : null;
        return new IncomingSalesDocument("demo-" + d.number, d.documentType, d.number, d.date,
                d.registration.getGstin(), d.type.name(), false, pos.code(), buyer, preceding, lines, totals, null, gst);
    }

    /**
     * Documents that give every common GSTR-1 section something, dated the 10th of last month (inside the 90 days):
     * an inter-state sale to an unregistered buyer above ₹1,00,000 (b2cl), a sale with an exempt line (nil table),
     * and a sale through an e-commerce operator (b2cs with its GSTIN; GSTR-3B 3.1.1).
     */
    private static List<IncomingSalesDocument> gstShowcase(GstRegistration pune, List<Item> catalogue, LocalDate today) {
        LocalDate date = today.minusMonths(1).withDayOfMonth(10);
        Item rice = catalogue.get(0);
        Item bulb = catalogue.get(3);
        String operator = "27AAECE1234E1Z" + Gstin.checkCharacter("27AAECE1234E1Z");
        List<IncomingSalesDocument> docs = new ArrayList<>();
        // 50 bags x 2,450.00 = 1,22,500.00 at 5%, Maharashtra -> Karnataka: IGST 6,125.00, total 1,28,625.00 (b2cl)
        docs.add(showcase("MH/SC/2627/001", date, pune, "29", List.of(line(1, rice, "50", null)), null));
        // 10 bulbs x 89.50 = 895.00 at 18%: CGST = SGST = 80.55; 20 kg of fresh tomatoes 800.00, exempt
        Line tomatoes = new Line(2, "Fresh tomatoes", "07020000", false, new BigDecimal("20"), "KGS",
                new BigDecimal("40.00"), Money.ZERO, new BigDecimal("800.00"), BigDecimal.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO, "EXEMPT");
        docs.add(showcase("MH/SC/2627/002", date, pune, "27", List.of(line(1, bulb, "10", null), tomatoes), null));
        // 4 bulbs x 89.50 = 358.00 at 18% through an e-commerce operator: CGST = SGST = 32.22
        docs.add(showcase("MH/SC/2627/003", date, pune, "27", List.of(line(1, bulb, "4", null)),
                new IncomingSalesDocument.GstReporting(operator, null, null, null, false)));
        return docs;
    }

    private static Line line(int no, Item item, String quantity, String category) {
        BigDecimal qty = new BigDecimal(quantity);
        BigDecimal taxable = Money.of(qty.multiply(item.getUnitPrice()));
        return new Line(no, item.getName(), item.getHsnSac(), item.isService(), qty, item.getUqc(), item.getUnitPrice(),
                Money.ZERO, taxable, item.getGstRate(), null, null, null, null, category);
    }

    private static IncomingSalesDocument showcase(String number, LocalDate date, GstRegistration reg, String pos,
                                                  List<Line> drafted, IncomingSalesDocument.GstReporting gst) {
        TaxJurisdiction jurisdiction = GstTaxRule.jurisdiction(reg.getStateCode(), StateCode.of(pos), SupplyType.B2C);
        DocumentTax tax = GstTaxRule.documentTax(
                drafted.stream().map(l -> new TaxableLine(l.taxableValue(), l.gstRate())).toList(), jurisdiction);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < drafted.size(); i++) {
            Line l = drafted.get(i);
            GstAmounts t = tax.lines().get(i);
            lines.add(new Line(l.lineNo(), l.description(), l.hsn(), l.service(), l.quantity(), l.uqc(), l.unitPrice(),
                    l.discount(), l.taxableValue(), l.gstRate(), t.igst(), t.cgst(), t.sgst(), Money.ZERO,
                    l.taxCategory()));
        }
        return new IncomingSalesDocument("demo-" + number, "INV", number, date, reg.getGstin(), "B2C", false, pos,
                new Buyer(null, "Walk-in customer", pos, null, null, null, null), null, lines, null, null, gst);
    }

    /**
     * An advance received last month (GSTR-1 table 11A) and the GSTR-2B statements of the two purchase invoices'
     * months, as if downloaded: the packaging invoice as booked (exact match), the freight invoice numbered
     * {@code ML/2026-27/118} where the books say {@code ML/26-27/118} (a suggested match by the normalised number),
     * and one packaging invoice nobody booked (missing in books).
     */
    private void gstShowcaseAdvanceAndGstr2b(long companyId, GstRegistration pune, List<Party> vendors, LocalDate today) {
        advances.record(new NewAdvance(pune.getGstin(), "RECEIVED", "RV/2627/001", today.minusMonths(1).withDayOfMonth(15),
                "27", new BigDecimal("18"), new BigDecimal("50000.00"), null));
        Party packaging = vendors.get(0);
        Party logistics = vendors.get(1);
        LocalDate first = today.minusDays(40);
        LocalDate second = today.minusDays(20);
        Map<GstReturnPeriod, List<Gstr2bStatementData.Document>> byPeriod = new java.util.TreeMap<>();
        byPeriod.computeIfAbsent(GstReturnPeriod.of(first), p -> new ArrayList<>()).add(gstr2bDocument(packaging,
                "DP/2627/0412", first, today, "27", "37000.00", "0.00", "3330.00", "3330.00"));
        byPeriod.computeIfAbsent(GstReturnPeriod.of(second), p -> new ArrayList<>()).add(gstr2bDocument(logistics,
                "ML/2026-27/118", second, today, "27", "12500.00", "2250.00", "0.00", "0.00"));
        byPeriod.get(GstReturnPeriod.of(second)).add(gstr2bDocument(packaging, "DP/2627/0460", second, today, "27",
                "5000.00", "0.00", "450.00", "450.00"));
        for (var entry : byPeriod.entrySet()) {
            String period = entry.getKey().toString();
            gstr2b.store(companyId, new Gstr2bStatementData(Gstin.of(pune.getGstin()), entry.getKey(), "1.0",
                    earliest(entry.getKey().month().plusMonths(1).atDay(14), today), "DEMO" + period + "CHECKSUM",
                    "demo-gstr2b-" + period, entry.getValue()));
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Gstr2bStatementData.Document gstr2bDocument(Party supplier, String number, LocalDate date,
                                                               LocalDate today, String pos, String taxable, String igst,
                                                               String cgst, String sgst) {
        BigDecimal value = new BigDecimal(taxable).add(new BigDecimal(igst)).add(new BigDecimal(cgst))
                .add(new BigDecimal(sgst));
        return new Gstr2bStatementData.Document("B2B", false, supplier.getGstin(), supplier.getName(),
                GstReturnPeriod.of(date).toString(), earliest(GstReturnPeriod.of(date).month().plusMonths(1).atDay(11), today),
                "INV", "R", number, date, value, pos, false, new BigDecimal(taxable), new BigDecimal(igst),
                new BigDecimal(cgst), new BigDecimal(sgst), Money.ZERO, "Y", null, null, null, null, null, null, false);
    }

    private static final class Draft {
        final GstRegistration registration;
        final String documentType;
        final LocalDate date;
        final SupplyType type;
        final Party buyer;
        final Draft original;
        final List<Line> lines;
        String number;

        Draft(GstRegistration registration, String documentType, LocalDate date, SupplyType type, Party buyer,
              Draft original, List<Line> lines) {
            this.registration = registration;
            this.documentType = documentType;
            this.date = date;
            this.type = type;
            this.buyer = buyer;
            this.original = original;
            this.lines = lines;
        }

        LocalDate date() {
            return date;
        }
    }
}
