package dev.lekha.domain.gstr2b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.ItcAvailability;
import dev.lekha.domain.gst.TaxHeads;
import dev.lekha.domain.gstr2b.GstReconPairs.NewPair;
import dev.lekha.domain.gstr2b.Gstr2bStatementData.Document;
import dev.lekha.domain.purchase.ItcEligibility;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import of a purchase register and a GSTR-2B statement, the stored reconciliation and people's
 * decisions, and GSTR-3B table 4 from them (Form GSTR-3B table 4 as amended by Notification
 * 14/2022-Central Tax). Every company here is new, with its own GSTIN, so runs do not interfere.
 */
@SpringBootTest
@LekhaIntegrationTest
class Gstr2bReconciliationIT {

    static final String ALPHA = "27AAPFU0939F1ZV";
    static final String RAVI = "29AAACR5055K1Z3";
    static final GstReturnPeriod MAY_2024 = GstReturnPeriod.of(2024, 5);

    @Autowired JdbcTemplate jdbc;
    @Autowired PurchaseRegisterImport register;
    @Autowired Gstr2bReturns returns;
    @Autowired GstReconPairs pairs;
    @Autowired GstReconciliations reconciliations;
    @Autowired JdbcItcLedger ledger;

    long companyId;
    Gstin gstin;

    @BeforeEach
    void newCompany() {
        String pan = "AA" + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + "C"
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "C";
        String first14 = "27" + pan + "1Z";
        gstin = new Gstin(first14 + Gstin.checkCharacter(first14));
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, false, false, ?)",
                "Recon Test " + pan, pan, OffsetDateTime.now());
        companyId = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        jdbc.update("insert into gst_registration (company_id, gstin, state_code, active) values (?, ?, '27', true)",
                companyId, gstin.value());
    }

    static BigDecimal rs(String v) {
        return new BigDecimal(v);
    }

    IncomingPurchaseInvoice book(String supplier, String type, String number, int day, boolean rev, String taxable,
                                 String igst, String cgst, ItcEligibility eligibility) {
        BigDecimal total = rs(taxable).add(rs(igst)).add(rs(cgst)).add(rs(cgst));
        return new IncomingPurchaseInvoice("row", gstin.value(), supplier, null, type, number, LocalDate.of(2024, 5, day),
                "27", rev, rs(taxable), rs(igst), rs(cgst), rs(cgst), rs("0.00"), total, eligibility);
    }

    static Document doc(String section, boolean rejected, String supplier, String type, String number, int day,
                        boolean rev, String igst, String cgst, String itcavl) {
        return new Document(section, rejected, supplier, null, "052024", LocalDate.of(2024, 6, 11), type, "R", number,
                LocalDate.of(2024, 5, day), null, "27", rev, rs("100.00"), rs(igst), rs(cgst), rs(cgst), rs("0.00"),
                itcavl, null, null, null, null, null, null, false);
    }

    Gstr2bStatementData statement(String sha, List<Document> docs) {
        return new Gstr2bStatementData(gstin, MAY_2024, "4.0", LocalDate.of(2024, 6, 14), "chk123456", sha, docs);
    }

    List<Document> twoB() {
        return List.of(
                doc("B2B", false, ALPHA, "INV", "A-1", 3, false, "0.00", "90.00", "Y"),
                doc("B2B", false, ALPHA, "INV", "A-2", 4, false, "0.00", "45.00", "Y"),
                doc("B2B", false, RAVI, "INV", "R-1", 5, true, "360.00", "0.00", "Y"),
                doc("CDNR", false, ALPHA, "CRN", "C-1", 6, false, "0.00", "9.00", "Y"),
                doc("B2B", false, ALPHA, "INV", "A-05", 7, false, "0.00", "27.00", "Y"),
                doc("B2B", false, ALPHA, "INV", "A-9", 8, false, "36.00", "0.00", "N"),
                doc("ISD", false, "27AABCS1234C1ZX", "ISDI", "X-1", 9, false, "0.00", "50.00", "Y"),
                doc("B2B", true, ALPHA, "INV", "A-1", 3, false, "0.00", "90.00", "Y"));
    }

    /** What a run of the job over this data writes (the engine itself is tested in the mappings). */
    void run(Map<String, ReconSide> books, Map<String, ReconSide> portal) {
        pairs.startRun(companyId, gstin.value(), MAY_2024.financialYear());
        var decided = pairs.decisions(companyId, gstin.value(), MAY_2024.financialYear()).stream()
                .collect(Collectors.toMap(d -> d.purchaseInvoiceId() + ":" + d.gstr2bDocumentId(), GstReconPairs.Decision::kind));
        List<NewPair> out = new ArrayList<>();
        for (String n : List.of("A-1", "A-2", "R-1", "C-1")) {
            String decision = decided.get(books.get(n).id() + ":" + portal.get(n).id());
            out.add(new NewPair(books.get(n), portal.get(n), "EXACT_MATCH", "R1_EXACT", "R1 exact", null, decision));
        }
        String key = books.get("A-5").id() + ":" + portal.get("A-05").id();
        if (!"REJECTED".equals(decided.get(key))) {
            out.add(new NewPair(books.get("A-5"), portal.get("A-05"), "SUGGESTED_MATCH", "R2_NORMALISED_NUMBER",
                    "R2", "doc_number: books A-5, 2B A-05", decided.get(key)));
        }
        out.add(new NewPair(null, portal.get("A-9"), "MISSING_IN_BOOKS", "NONE", "nearest …", null, null));
        out.add(new NewPair(null, portal.get("X-1"), "MISSING_IN_BOOKS", "NONE", "no document from this supplier", null, null));
        pairs.write(companyId, gstin.value(), MAY_2024, 77L, out);
    }

    Map<String, ReconSide> byNumber(List<ReconSide> sides) {
        return sides.stream().collect(Collectors.toMap(ReconSide::number, s -> s));
    }

    Map<String, ReconSide> portalSides() {
        Map<String, ReconSide> all = new java.util.HashMap<>();
        for (String pan : pairs.supplierPans(companyId, gstin.value(), MAY_2024)) {
            all.putAll(byNumber(pairs.portal(companyId, gstin.value(), MAY_2024, pan)));
        }
        return all;
    }

    Map<String, ReconSide> bookSides() {
        Map<String, ReconSide> all = new java.util.HashMap<>();
        for (String pan : pairs.supplierPans(companyId, gstin.value(), MAY_2024)) {
            if (!pan.isEmpty()) {
                all.putAll(byNumber(pairs.books(companyId, gstin.value(), MAY_2024, pan)));
            }
        }
        return all;
    }

    @Test
    void itcOfThePeriodComesFromMatchedDocumentsOnly() {
        var imported = register.importAll(List.of(
                book(ALPHA, "INV", "A-1", 3, false, "1000.00", "0.00", "90.00", ItcEligibility.INPUTS),
                book(ALPHA, "INV", "A-2", 4, false, "500.00", "0.00", "45.00", ItcEligibility.INELIGIBLE),
                book(RAVI, "INV", "R-1", 5, true, "2000.00", "360.00", "0.00", ItcEligibility.INPUTS),
                book(ALPHA, "CRN", "C-1", 6, false, "100.00", "0.00", "9.00", ItcEligibility.INPUTS),
                book(ALPHA, "INV", "A-5", 7, false, "300.00", "0.00", "27.00", ItcEligibility.INPUTS)));
        assertThat(imported).isEqualTo(new PurchaseRegisterImport.Result(companyId, 5, 0));
        assertThat(returns.store(companyId, statement("sha-1", twoB())).documents()).isEqualTo(8);
        // the rejected duplicate of A-1 (docRejdata) is not a candidate
        assertThat(portalSides()).hasSize(7);

        run(bookSides(), portalSides());

        // 4A(5): A-1 (90 + 90) + A-2 (45 + 45) - C-1 (9 + 9) = CGST 126, SGST 126; A-05 is only proposed
        // 4A(3): R-1 IGST 360; 4B(1): A-2 is INELIGIBLE in the books, 45 + 45 reversed; 4D(2): A-9 IGST 36
        // X-1 (ISD) is missing in the books: not counted
        ItcAvailability before = ledger.forPeriod(companyId, gstin, MAY_2024);
        assertThat(before.allOtherItc()).isEqualTo(new TaxHeads(rs("0.00"), rs("126.00"), rs("126.00"), rs("0.00")));
        assertThat(before.inwardReverseCharge()).isEqualTo(new TaxHeads(rs("360.00"), rs("0.00"), rs("0.00"), rs("0.00")));
        assertThat(before.inwardFromIsd()).isEqualTo(TaxHeads.ZERO);
        assertThat(before.reversedRules38_42_43AndSection17_5())
                .isEqualTo(new TaxHeads(rs("0.00"), rs("45.00"), rs("45.00"), rs("0.00")));
        assertThat(before.ineligibleSection16_4AndPos()).isEqualTo(new TaxHeads(rs("36.00"), rs("0.00"), rs("0.00"), rs("0.00")));

        ReconLine suggestion = reconciliations.list(companyId, gstin, MAY_2024, "SUGGESTED_MATCH").get(0);
        ReconLine accepted = reconciliations.accept(companyId, suggestion.id(), "meera");
        assertThat(accepted.decision()).isEqualTo("ACCEPTED");
        assertThat(accepted.decidedBy()).isEqualTo("meera");
        assertThat(accepted.decidedAt()).isNotNull();

        // accepted A-05 adds CGST 27 and SGST 27: 126 + 27 = 153; net 4C = 4A - 4B: CGST 153 - 45 = 108, IGST 360
        ItcAvailability after = ledger.forPeriod(companyId, gstin, MAY_2024);
        assertThat(after.allOtherItc()).isEqualTo(new TaxHeads(rs("0.00"), rs("153.00"), rs("153.00"), rs("0.00")));
        assertThat(after.net()).isEqualTo(new TaxHeads(rs("360.00"), rs("108.00"), rs("108.00"), rs("0.00")));

        // a second run keeps the accepted pair (refreshed, not duplicated)
        run(bookSides(), portalSides());
        assertThat(reconciliations.list(companyId, gstin, MAY_2024, "SUGGESTED_MATCH"))
                .singleElement().satisfies(l -> assertThat(l.decision()).isEqualTo("ACCEPTED"));
        assertThat(ledger.forPeriod(companyId, gstin, MAY_2024)).isEqualTo(after);

        // unmatching the exact A-1 pair takes its credit out: 153 - 90 = 63
        ReconLine a1 = reconciliations.list(companyId, gstin, MAY_2024, "EXACT_MATCH").stream()
                .filter(l -> l.purchaseInvoiceId().equals(bookSides().get("A-1").id())).findFirst().orElseThrow();
        reconciliations.unmatch(companyId, a1.id(), "meera");
        assertThat(ledger.forPeriod(companyId, gstin, MAY_2024).allOtherItc().cgst()).isEqualByComparingTo("63.00");

        // matching A-1 by hand brings it back
        ReconLine manual = reconciliations.matchByHand(companyId, bookSides().get("A-1").id(),
                portalSides().get("A-1").id(), "ravi");
        assertThat(manual.outcome()).isEqualTo("MANUAL_MATCH");
        assertThat(manual.decidedBy()).isEqualTo("ravi");
        assertThat(ledger.forPeriod(companyId, gstin, MAY_2024).allOtherItc().cgst()).isEqualByComparingTo("153.00");
        assertThatThrownBy(() -> reconciliations.matchByHand(companyId, bookSides().get("A-1").id(),
                portalSides().get("A-2").id(), "ravi")).isInstanceOf(ReconDecisionException.class)
                .hasMessageContaining("unmatch it first");
    }

    @Test
    void aStatementDownloadedAgainReplacesDocumentsAndKeepsDecisions() {
        register.importAll(List.of(book(ALPHA, "INV", "A-1", 3, false, "1000.00", "0.00", "90.00", ItcEligibility.INPUTS)));
        var first = returns.store(companyId, statement("sha-1", List.of(
                doc("B2B", false, ALPHA, "INV", "A-01", 3, false, "0.00", "90.00", "Y"),
                doc("B2B", false, ALPHA, "INV", "A-7", 3, false, "0.00", "10.00", "Y"))));
        ReconSide book = bookSides().get("A-1");
        ReconSide oldDoc = portalSides().get("A-01");
        ReconLine manual = reconciliations.matchByHand(companyId, book.id(), oldDoc.id(), "meera");

        assertThat(returns.store(companyId, statement("sha-1", List.of())).unchanged()).isTrue();
        var second = returns.store(companyId, statement("sha-2", List.of(
                doc("B2B", false, ALPHA, "INV", "a-01", 3, false, "0.00", "90.00", "Y"))));

        assertThat(second.returnId()).isEqualTo(first.returnId());
        assertThat(second.replacedEarlier()).isTrue();
        ReconSide newDoc = portalSides().get("a-01");
        assertThat(newDoc.id()).isNotEqualTo(oldDoc.id());
        assertThat(portalSides()).hasSize(1);
        assertThat(reconciliations.list(companyId, gstin, MAY_2024, "MANUAL_MATCH")).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(manual.id());
            assertThat(l.gstr2bDocumentId()).isEqualTo(newDoc.id());
        });
    }

    @Test
    void thePurchaseRegisterIsImportedOnceAndAllOrNothing() {
        var invoices = List.of(book(ALPHA, "INV", "A-1", 3, false, "1000.00", "0.00", "90.00", ItcEligibility.INPUTS));
        assertThat(register.importAll(invoices).inserted()).isEqualTo(1);
        assertThat(register.importAll(invoices)).isEqualTo(new PurchaseRegisterImport.Result(companyId, 0, 1));

        var stranger = new IncomingPurchaseInvoice("row 3", "27AAPFU0939F1ZV", RAVI, null, "INV", "Z-1",
                LocalDate.of(2024, 5, 1), "27", false, rs("1.00"), rs("0.00"), rs("0.00"), rs("0.00"), rs("0.00"),
                rs("1.00"), ItcEligibility.INPUTS);
        assertThatThrownBy(() -> register.importAll(List.of(
                book(ALPHA, "INV", "A-2", 3, false, "1000.00", "0.00", "90.00", ItcEligibility.INPUTS), stranger)))
                .isInstanceOfSatisfying(InvalidPurchaseRegisterException.class, e -> assertThat(e.problems())
                        .containsExactly("row 3: company_gstin 27AAPFU0939F1ZV is not an active GST registration of any"
                                + " company in Lekha; check the GSTIN or add the registration"));
        assertThat(jdbc.queryForObject("select count(*) from purchase_invoice where company_id = ?", Integer.class, companyId))
                .isEqualTo(1);
    }
}
