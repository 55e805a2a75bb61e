package dev.lekha.mappings.tds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lekha.domain.tds.TdsChallan;
import dev.lekha.domain.tds.TdsDeductor;
import dev.lekha.mappings.tds.StatementCheck.Finding;
import dev.lekha.mappings.tds.StatementReader.StatementRecord;
import dev.lekha.mappings.tds.TdsStatement.ChallanBlock;
import dev.lekha.mappings.tds.TdsStatement.DeducteeLine;
import dev.lekha.mappings.tds.TdsStatement.SalaryDetail;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Golden structure tests against the published samples (field counts per record type: NSDL 24QRQ4 -> FH 17, BH 62,
 * CD 39, DD 33, SD 34; Protean 140RQ1 -> FH 18, BH 72, CD 30, DD 45), control totals worked by hand, and the
 * pre-check's findings on broken files. The samples are read from the shared fixtures folder when present; the
 * counts are also stated here so the test runs without them.
 */
class StatementWriterTest {

    private static final Path FIXTURES = Path.of("/work/shared/fixtures/payroll/tds_fvu");
    private static final TdsDeductor DEDUCTOR = new TdsDeductor(1, "MUMA12345B", "AAKCT1234F", "AAKCT TEST PRIVATE LIMITED",
            "HEAD OFFICE", "101 Tower A", "Lekha Road", null, null, "Mumbai", "19", "400013", "tds@example.com",
            "022", "24000000", "K", "Asha Rao", "CFO", "AAKPT9876R", "9800000000");

    private static BigDecimal m(String v) {
        return new BigDecimal(v);
    }

    private static TdsChallan challan(long id, String serial, LocalDate date, String section, String tax, String total) {
        return new TdsChallan(id, 1, "MUMA12345B", "SALARY", "0510308", date, serial, section, "200", m(tax), m("0.00"),
                m("0.00"), m("0.00"), m("0.00"), m("0.00"), m(total));
    }

    private static DeducteeLine salaryLine(String ref, String pan, String name, LocalDate paid, String amount, String tax) {
        return new DeducteeLine(ref, pan, name, "192", paid, paid, m(amount), m(tax), m("0.00"), m("0.00"), null, null);
    }

    /** Q4 FY 2025-26 salary: January challan 12,000 for two employees, February challan 7,000 for one. */
    static TdsStatement salaryQ4() {
        LocalDate jan = LocalDate.of(2026, 1, 31);
        LocalDate feb = LocalDate.of(2026, 2, 28);
        return new TdsStatement(StatementForm.F24Q, DEDUCTOR, 2025, 4, LocalDate.of(2026, 5, 10), "Lekha",
                List.of(new ChallanBlock(challan(1, "00011", LocalDate.of(2026, 2, 7), "92B", "12000.00", "12000.00"),
                                List.of(salaryLine("E001", "AAKPT1111A", "Ravi Kumar", jan, "150000.00", "7000.00"),
                                        salaryLine("E002", "AAKPT2222B", "Meena Iyer", jan, "120000.00", "5000.00"))),
                        new ChallanBlock(challan(2, "00012", LocalDate.of(2026, 3, 7), "92B", "7000.00", "7000.00"),
                                List.of(salaryLine("E001", "AAKPT1111A", "Ravi Kumar", feb, "150000.00", "7000.00")))),
                List.of(new SalaryDetail("AAKPT1111A", "Ravi Kumar", "G", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                                m("1800000.00"), m("75000.00"), m("0.00"), m("0.00"), m("115000.00"), m("0.00"),
                                m("4600.00"), m("0.00"), m("84000.00")),
                        new SalaryDetail("AAKPT2222B", "Meena Iyer", "G", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                                m("1440000.00"), m("75000.00"), m("0.00"), m("0.00"), m("60000.00"), m("0.00"),
                                m("2400.00"), m("0.00"), m("60000.00"))));
    }

    static TdsStatement vendorQ1Ty2026() {
        TdsChallan c = new TdsChallan(3L, 1, "MUMA12345B", "NON_SALARY", "0510308", LocalDate.of(2026, 6, 7), "00021",
                "1008", "200", m("1800.00"), m("0.00"), m("0.00"), m("25.00"), m("0.00"), m("0.00"), m("1825.00"));
        return new TdsStatement(StatementForm.F140, DEDUCTOR, 2026, 1, LocalDate.of(2026, 7, 15), "Lekha",
                List.of(new ChallanBlock(c, List.of(
                        new DeducteeLine("V1", "AAKCT5555K", "Crane Hire Co", "1008", LocalDate.of(2026, 5, 2),
                                LocalDate.of(2026, 5, 2), m("60000.00"), m("1200.00"), m("0.00"), m("0.00"), m("2"), null),
                        new DeducteeLine("V2", "PANNOTAVBL", "Loader Hire", "1008", LocalDate.of(2026, 5, 20),
                                LocalDate.of(2026, 5, 20), m("3000.00"), m("600.00"), m("0.00"), m("0.00"), m("20"), "C")))),
                List.of());
    }

    private static Map<String, Integer> fieldCounts(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        for (StatementRecord r : StatementReader.read(text)) {
            Integer before = counts.put(r.type(), r.fieldCount());
            assertTrue(before == null || before == r.fieldCount(), "one field count per record type: " + r.type());
        }
        return counts;
    }

    private static Map<String, Integer> fixtureCounts(String file, String... types) throws IOException {
        Path p = FIXTURES.resolve(file);
        Assumptions.assumeTrue(Files.exists(p), "shared fixture " + p + " not present");
        Map<String, Integer> all = fieldCounts(Files.readString(p));
        return all.entrySet().stream().filter(e -> List.of(types).contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    @Test
    void form24QHasTheNsdlSampleStructureAndPassesTheChecks() throws IOException {
        String text = StatementWriter.write(salaryQ4());
        assertTrue(text.endsWith("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF line ends only");
        assertEquals(Map.of("FH", 17, "BH", 62, "CD", 39, "DD", 33, "SD", 34), fieldCounts(text));
        assertEquals(List.of(), StatementCheck.check(text));
        List<StatementRecord> r = StatementReader.read(text);
        assertEquals(List.of("FH", "BH", "CD", "DD", "DD", "CD", "DD", "SD", "SD"), r.stream().map(StatementRecord::type).toList());
        StatementRecord bh = r.get(1);
        assertEquals("24Q", bh.field(5));
        assertEquals("202627", bh.field(16)); // assessment year 2026-27
        assertEquals("202526", bh.field(17));
        assertEquals("Q4", bh.field(18));
        assertEquals("2", bh.field(4));
        assertEquals("19000.00", bh.field(47)); // 12,000 + 7,000
        assertEquals("2", bh.field(49));
        // gross total income: (18,00,000 - 75,000) + (14,40,000 - 75,000) = 17,25,000 + 13,65,000 = 30,90,000
        assertEquals("3090000.00", bh.field(50));
        StatementRecord cd1 = r.get(2);
        assertEquals("00011", cd1.field(12));
        assertEquals("0510308", cd1.field(16));
        assertEquals("07022026", cd1.field(18));
        assertEquals("12000.00", cd1.field(29)); // 7,000 + 5,000 as per deductees
        StatementRecord sd1 = r.get(7);
        assertEquals("119600.00", sd1.field(28)); // 1,15,000 + 4,600 cess
        assertEquals("35600.00", sd1.field(30)); // 1,19,600 - 84,000 still to deduct in the year
        assertEquals(fixtureCounts("nsdl_legacy_sample_24Q_Q4_24QRQ4.txt", "FH", "BH", "CD", "DD", "SD"), fieldCounts(text));
    }

    @Test
    void form140HasTheProteanSampleStructureAndPassesTheChecks() throws IOException {
        String text = StatementWriter.write(vendorQ1Ty2026());
        assertEquals(Map.of("FH", 18, "BH", 72, "CD", 30, "DD", 45), fieldCounts(text));
        assertEquals(List.of(), StatementCheck.check(text));
        List<StatementRecord> r = StatementReader.read(text);
        assertEquals("NS1", r.get(0).field(3));
        assertEquals("140", r.get(1).field(5));
        assertEquals("202728", r.get(1).field(16)); // as Protean's 140RQ1 sample for tax year 2026-27
        assertEquals("202627", r.get(1).field(17));
        assertEquals("AAKPT9876R", r.get(1).field(59));
        assertEquals("1825.00", r.get(2).field(12));
        assertEquals("1800.00", r.get(2).field(21));
        assertEquals("1008", r.get(3).field(15));
        assertEquals("02.0000", r.get(3).field(28));
        assertEquals("C", r.get(4).field(30));
        assertEquals(fixtureCounts("protean_sample_form140_140RQ1.txt", "FH", "BH", "CD", "DD"), fieldCounts(text));
    }

    @Test
    void publishedSampleControlTotalsAgreeWithOurReading() throws IOException {
        Path p = FIXTURES.resolve("nsdl_legacy_sample_24Q_Q4_24QRQ4.txt");
        Assumptions.assumeTrue(Files.exists(p));
        // The sample's own totals (BH 47 = 19,648.00 = sum of CD 27; BH 50 = 1,08,550.00 = sum of SD 19; CD 29 and
        // 30..33 = sums of the DDs) must raise no total or count finding; its S16/C6A sub-records, LF line ends,
        // 3-digit challan serials and 2010 dates in a Q4 2011 statement are the findings we expect.
        List<Finding> findings = StatementCheck.check(Files.readString(p));
        assertTrue(findings.stream().noneMatch(x -> x.message().contains("sum")), findings.toString());
        assertTrue(findings.stream().anyMatch(x -> x.message().contains("CRLF")));
        assertTrue(findings.stream().anyMatch(x -> x.recordType().equals("S16")));
    }

    private static List<String> lines(String text) {
        return new java.util.ArrayList<>(List.of(text.split("\r\n")));
    }

    private static String join(List<String> lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String setField(String line, int field, String value) {
        String[] f = line.split("\\^", -1);
        f[field - 1] = value;
        return String.join("^", f);
    }

    @Test
    void preCheckNamesLineAndFieldOfWhatTheFvuWouldReject() {
        List<String> l = lines(StatementWriter.write(salaryQ4()));
        l.set(3, setField(l.get(3), 10, "PANNOTAVBL"));           // DD line 4: no PAN but no remark C
        l.set(4, setField(l.get(4), 10, "AAKXT2222B"));           // DD line 5: X is no holder status
        l.set(6, setField(l.get(6), 23, "15122025"));             // DD line 7: paid in Q3
        l.set(5, setField(l.get(5), 16, "51030"));                // CD line 6: BSR of 5 digits
        l.set(0, setField(l.get(0), 8, "MUM12345B"));             // FH: TAN malformed
        List<Finding> f = StatementCheck.check(join(l));
        assertTrue(f.contains(new Finding(4, "DD", 30,
                "PANNOTAVBL with tax deducted: mark remark C (higher rate, s.206AA) or give the PAN")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.line() == 5 && x.field() == 10), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.line() == 7 && x.field() == 23 && x.message().contains("outside the quarter")));
        assertTrue(f.stream().anyMatch(x -> x.line() == 6 && x.field() == 16 && x.message().contains("BSR")));
        assertTrue(f.stream().anyMatch(x -> x.line() == 1 && x.field() == 8 && x.message().contains("TAN")));
    }

    @Test
    void preCheckCatchesBrokenTotalsCountsAndMissingSalaryDetail() {
        List<String> l = lines(StatementWriter.write(salaryQ4()));
        l.set(3, setField(setField(setField(l.get(3), 14, "9000.00"), 17, "9000.00"), 19, "9000.00")); // DD tax up
        l.remove(8);
        l.remove(7);                                               // both SD records gone
        List<Finding> f = StatementCheck.check(join(l));
        assertTrue(f.stream().anyMatch(x -> x.line() == 3 && x.field() == 29 && x.message().contains("sum to 14000.00")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.line() == 3 && x.message().contains("exceeds the challan's 12000.00")));
        assertTrue(f.stream().anyMatch(x -> x.line() == 2 && x.field() == 49 && x.message().contains("salary detail (SD)")));
        assertTrue(f.stream().anyMatch(x -> x.line() == 2 && x.field() == 50));
    }

    @Test
    void formFollowsTheTaxYear() {
        assertEquals(StatementForm.F24Q, StatementForm.of(true, 2025));
        assertEquals(StatementForm.F138, StatementForm.of(true, 2026));
        assertEquals(StatementForm.F26Q, StatementForm.of(false, 2025));
        assertEquals(StatementForm.F140, StatementForm.of(false, 2026));
    }
}
