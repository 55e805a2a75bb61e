package dev.lekha.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.einvoice.Einvoice;
import dev.lekha.domain.einvoice.Einvoices;
import dev.lekha.domain.einvoice.TransportDetails;
import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.Pan;
import dev.lekha.domain.invoice.IncomingSalesDocument.Buyer;
import dev.lekha.domain.invoice.IncomingSalesDocument.Line;
import dev.lekha.domain.invoice.IncomingSalesDocument.Totals;
import dev.lekha.domain.invoice.InvalidSalesDocumentException.Problem;
import dev.lekha.domain.invoice.SalesDocumentIntake.IntakeResult;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@LekhaIntegrationTest
class SalesDocumentIntakeIT {

    static final String PAN = "AABCI1111K";
    static final String SUPPLIER = gstin("27", PAN);
    static final String INTRA_BUYER = "27AABCS9876K1ZK";
    static final String INTER_BUYER = "29AAFCK4321M1ZA";

    @Autowired SalesDocumentIntake intake;
    @Autowired SalesDocuments documents;
    @Autowired Companies companies;
    @Autowired GstRegistrations registrations;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;
    @Autowired Einvoices einvoices;

    LocalDate today;
    long companyId;

    @BeforeEach
    void aCompanyWithARegistrationInMaharashtra() {
        today = LocalDate.now(clock);
        companyId = companies.findByPan(PAN).map(Company::getId).orElseGet(() -> {
            Company c = companies.save(new Company("Intake Test Traders Private Limited", Pan.of(PAN), false, true,
                    clock.instant()));
            registrations.save(new GstRegistration(c.getId(), Gstin.of(SUPPLIER), null, null, "Pune", "411001"));
            return c.getId();
        });
    }

    @Test
    void storesAValidIntraStateInvoiceAndAnnouncesIt() {
        // given 10 x 100.00 at 18% and 3 x 33.33 at 18%, Maharashtra to Maharashtra:
        // CGST = SGST = round(1099.99 x 9%) = round(98.9991) = 99.00, allocated 90.00 + 9.00
        IncomingSalesDocument doc = document("HAPPY/1", today, INTRA_BUYER, "27", List.of(
                line(1, "10", "100.00", "1000.00", "0.00", "90.00", "90.00"),
                line(2, "3", "33.33", "99.99", "0.00", "9.00", "9.00")),
                new Totals(new BigDecimal("1099.99"), BigDecimal.ZERO, new BigDecimal("99.00"), new BigDecimal("99.00"),
                        BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.01"), new BigDecimal("1298.00")));
        long outboxBefore = count("outbox_event");

        IntakeResult result = intake.receive(doc, "api");

        assertThat(result.duplicate()).isFalse();
        assertThat(result.companyId()).isEqualTo(companyId);
        assertThat(result.documentNumber()).isEqualTo("HAPPY/1");
        tx.executeWithoutResult(s -> {
            SalesDocument stored = documents.findById(result.documentId()).orElseThrow();
            assertThat(stored.getFinancialYear()).isEqualTo(FinancialYear.of(today).toString());
            assertThat(stored.getReturnPeriod()).isEqualTo(GstReturnPeriod.of(today).toString());
            assertThat(stored.getTaxableValue()).isEqualByComparingTo("1099.99");
            assertThat(stored.getCgst()).isEqualByComparingTo("99.00");
            assertThat(stored.getSgst()).isEqualByComparingTo("99.00");
            assertThat(stored.getIgst()).isEqualByComparingTo("0.00");
            assertThat(stored.getRoundOff()).isEqualByComparingTo("0.01");
            assertThat(stored.getTotal()).isEqualByComparingTo("1298.00");
            assertThat(stored.getEinvoiceStatus()).isEqualTo(EinvoiceStatus.PENDING);
            assertThat(stored.getSourceChannel()).isEqualTo("api");
            assertThat(stored.getContentSha256()).hasSize(64);
            assertThat(stored.getLines()).extracting(SalesDocumentLine::getLineNo).containsExactly(1, 2);
            assertThat(stored.getLines().get(1).getQuantity()).isEqualByComparingTo("3");
        });
        assertThat(count("outbox_event")).isEqualTo(outboxBefore + 1);
        Map<String, Object> event = jdbc.queryForMap(
                "select event_type, aggregate_type, aggregate_id, company_id, payload from outbox_event where aggregate_id = ?",
                String.valueOf(result.documentId()));
        assertThat(event.get("event_type")).isEqualTo("invoice.received");
        assertThat(event.get("aggregate_type")).isEqualTo("sales_document");
        assertThat(((Number) event.get("company_id")).longValue()).isEqualTo(companyId);
        assertThat((String) event.get("payload")).contains("\"documentId\":" + result.documentId(),
                "\"documentNumber\":\"HAPPY/1\"", "\"documentType\":\"INV\"", "\"documentDate\":\"" + today + "\"",
                "\"total\":1298.00", "\"companyId\":" + companyId);
    }

    @Test
    void theSameDocumentTwiceIsStoredOnce() {
        IncomingSalesDocument doc = simpleInterState("DUP/1");
        IntakeResult first = intake.receive(doc, "queue");
        long docs = count("sales_document");
        long events = count("outbox_event");

        // the same content with another message id and amounts written with other scales
        IncomingSalesDocument again = new IncomingSalesDocument("another-message", doc.documentType(), doc.documentNumber(),
                doc.documentDate(), doc.supplierGstin().toLowerCase(), doc.supplyType(), false, doc.placeOfSupply(),
                doc.buyer(), null, List.of(line(1, "10.000", "100", "1000", "180", "0", "0")), null);
        IntakeResult second = intake.receive(again, "drop");

        assertThat(second.duplicate()).isTrue();
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(count("sales_document")).isEqualTo(docs);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void theSameNumberWithDifferentContentIsRejected() {
        intake.receive(simpleInterState("CONFLICT/1"), "api");
        long docs = count("sales_document");
        IncomingSalesDocument changed = document("CONFLICT/1", today, INTER_BUYER, "29",
                List.of(line(1, "11", "100.00", "1100.00", "198.00", "0.00", "0.00")), null);

        assertThatThrownBy(() -> intake.receive(changed, "api"))
                .isInstanceOf(InvalidSalesDocumentException.class)
                .satisfies(e -> assertThat(((InvalidSalesDocumentException) e).problems())
                        .extracting(Problem::field, Problem::message)
                        .singleElement().satisfies(p -> {
                            assertThat(p.toList().get(0)).isEqualTo("documentNumber");
                            assertThat((String) p.toList().get(1)).startsWith("document INV/CONFLICT/1 of "
                                    + FinancialYear.of(today) + " already received with different content");
                        }));
        assertThat(count("sales_document")).isEqualTo(docs);
    }

    @Test
    void aBadDocumentIsRejectedWithEveryProblemAndLeavesTheDatabaseUnchanged() {
        long docs = count("sales_document");
        long lines = count("sales_document_line");
        long events = count("outbox_event");
        // IGST charged on an intra-state supply, a 5-digit HSN, and a date tomorrow
        IncomingSalesDocument bad = document("BAD/1", today.plusDays(1), INTRA_BUYER, "27", List.of(
                line(1, "10", "100.00", "1000.00", "0.00", "90.00", "90.00"),
                new Line(2, "Widget", "73239", false, new BigDecimal("1"), "NOS", new BigDecimal("50.00"), null,
                        new BigDecimal("50.00"), new BigDecimal("18"), BigDecimal.ZERO, new BigDecimal("4.50"),
                        new BigDecimal("4.50"), null),
                line(3, "10", "100.00", "1000.00", "180.00", "0.00", "0.00")), null);

        assertThatThrownBy(() -> intake.receive(bad, "api"))
                .isInstanceOf(InvalidSalesDocumentException.class)
                .satisfies(e -> assertThat(((InvalidSalesDocumentException) e).problems())
                        .extracting(Problem::field)
                        .containsExactly("documentDate", "lines[1].hsn", "lines[2].igst"));
        IncomingSalesDocument wrongSplit = document("BAD/2", today, INTRA_BUYER, "27", List.of(
                line(1, "10", "100.00", "1000.00", "0.00", "90.00", "90.00"),
                line(2, "10", "100.00", "1000.00", "180.00", "0.00", "0.00")), null);
        assertThatThrownBy(() -> intake.receive(wrongSplit, "api"))
                .isInstanceOf(InvalidSalesDocumentException.class)
                .satisfies(e -> assertThat(((InvalidSalesDocumentException) e).problems()).singleElement()
                        .isEqualTo(new Problem("BAD/2", 2, "lines[1].igst", "expected IGST 0.00, CGST 90.00, SGST 90.00"
                                + " for intra-state supply 27→27 at 18%; got IGST 180.00, CGST 0.00, SGST 0.00")));
        assertThat(count("sales_document")).isEqualTo(docs);
        assertThat(count("sales_document_line")).isEqualTo(lines);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void aBatchIsAllOrNothing() {
        long docs = count("sales_document");
        long events = count("outbox_event");
        IncomingSalesDocument good = simpleInterState("BATCH/1");
        IncomingSalesDocument bad = document("BATCH/2", today, INTER_BUYER, "29",
                List.of(line(1, "10", "100.00", "1000.00", "0.00", "90.00", "90.00")), null);

        assertThatThrownBy(() -> intake.receiveAll(List.of(good, bad), "drop"))
                .isInstanceOf(InvalidSalesDocumentException.class)
                .satisfies(e -> assertThat(((InvalidSalesDocumentException) e).problems())
                        .extracting(Problem::documentNumber, Problem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("BATCH/2", "lines[0].igst")));
        assertThat(count("sales_document")).isEqualTo(docs);
        assertThat(count("outbox_event")).isEqualTo(events);

        List<IntakeResult> both = intake.receiveAll(List.of(good, simpleInterState("BATCH/3"), good), "drop");
        assertThat(both).extracting(IntakeResult::duplicate).containsExactly(false, false, true);
        assertThat(both.get(2).documentId()).isEqualTo(both.get(0).documentId());
        assertThat(count("sales_document")).isEqualTo(docs + 2);
        assertThat(count("outbox_event")).isEqualTo(events + 2);
    }

    @Test
    void anUnknownSupplierGstinIsAProblemOnThatField() {
        IncomingSalesDocument doc = new IncomingSalesDocument(null, "INV", "UNK/1", today, "27AAPFU0939F1ZV", "B2B", false,
                "29", new Buyer(INTER_BUYER, "Kaveri Foods", "29", null, null, null, null), null,
                List.of(line(1, "10", "100.00", "1000.00", "180.00", "0.00", "0.00")), null);

        assertThatThrownBy(() -> intake.receive(doc, "api"))
                .isInstanceOf(InvalidSalesDocumentException.class)
                .hasMessage("document UNK/1: supplierGstin: '27AAPFU0939F1ZV' is not an active GST registration of any"
                        + " company in Lekha; check the GSTIN or add the registration");
    }

    @Test
    void aDocumentNeedingAnIrnGetsAPendingEinvoiceWithItsTransportInTheSameTransaction() {
        IncomingSalesDocument base = simpleInterState("EWB/1");
        IncomingSalesDocument withTransport = new IncomingSalesDocument(null, base.documentType(), base.documentNumber(),
                base.documentDate(), base.supplierGstin(), base.supplyType(), false, base.placeOfSupply(), base.buyer(),
                null, base.lines(), null, new IncomingSalesDocument.Transport(null, "Deccan Roadways", "road", 845,
                        null, null, "mh12ab1234", false));

        IntakeResult stored = intake.receive(withTransport, "api");

        Einvoice einvoice = einvoices.findBySalesDocumentId(stored.documentId()).orElseThrow();
        assertThat(einvoice.getStatus()).isEqualTo(EinvoiceStatus.PENDING);
        assertThat(einvoice.getCompanyId()).isEqualTo(companyId);
        assertThat(einvoice.getAttempts()).isZero();
        assertThat(einvoice.transportDetails()).isEqualTo(new TransportDetails(null, "Deccan Roadways",
                TransportDetails.Mode.ROAD, 845, null, null, "MH12AB1234", false));
    }

    @Test
    void roadTransportWithoutAVehicleOrTransporterIsRejectedNamingTheField() {
        IncomingSalesDocument base = simpleInterState("EWB/2");
        IncomingSalesDocument noVehicle = new IncomingSalesDocument(null, base.documentType(), base.documentNumber(),
                base.documentDate(), base.supplierGstin(), base.supplyType(), false, base.placeOfSupply(), base.buyer(),
                null, base.lines(), null, new IncomingSalesDocument.Transport(null, null, "ROAD", 4001, null, null,
                        null, false));

        assertThatThrownBy(() -> intake.receive(noVehicle, "api"))
                .isInstanceOfSatisfying(InvalidSalesDocumentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .containsExactlyInAnyOrder("transport.distanceKm", "transport.vehicleNumber"));
    }

    @Test
    void aCorrectionReplacesADocumentTheIrpRefusedAndMakesItPendingAgain() {
        IntakeResult first = intake.receive(simpleInterState("FIX/1"), "api");
        tx.executeWithoutResult(s -> {
            Einvoice e = einvoices.findBySalesDocumentId(first.documentId()).orElseThrow();
            e.failed("[{\"code\":\"2176\",\"message\":\"Invalid HSN code(s)\"}]", clock.instant());
            documents.findById(first.documentId()).orElseThrow().changeEinvoiceStatus(EinvoiceStatus.FAILED);
        });
        // the corrected document: 12 x 100.00 = 1200.00 at 18% inter-state, IGST 216.00
        IncomingSalesDocument corrected = document("FIX/1", today, INTER_BUYER, "29",
                List.of(line(1, "12", "100.00", "1200.00", "216.00", "0.00", "0.00")), null);

        IntakeResult second = intake.receive(corrected, "api");

        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(second.duplicate()).isFalse();
        tx.executeWithoutResult(s -> {
            SalesDocument doc = documents.findById(first.documentId()).orElseThrow();
            assertThat(doc.getTaxableValue()).isEqualByComparingTo("1200.00");
            assertThat(doc.getIgst()).isEqualByComparingTo("216.00");
            assertThat(doc.getLines()).hasSize(1);
            assertThat(doc.getEinvoiceStatus()).isEqualTo(EinvoiceStatus.PENDING);
            Einvoice e = einvoices.findBySalesDocumentId(first.documentId()).orElseThrow();
            assertThat(e.getStatus()).isEqualTo(EinvoiceStatus.PENDING);
            assertThat(e.getErrors()).isNull();
        });
        // a document that was NOT refused still cannot be changed
        assertThatThrownBy(() -> intake.receive(document("FIX/1", today, INTER_BUYER, "29",
                List.of(line(1, "13", "100.00", "1300.00", "234.00", "0.00", "0.00")), null), "api"))
                .isInstanceOf(InvalidSalesDocumentException.class)
                .hasMessageContaining("already received with different content");
    }

    @Test
    void anAmendmentReplacesADocumentWithoutAnIrnAndIsMarkedAmended() {
        // given a B2C invoice (no IRN): 2 x 500.00 = 1000.00 at 18% inter-state to Karnataka, IGST 180.00
        IncomingSalesDocument original = b2c("AMEND/1", List.of(b2cLine(1, "2", "500.00", "1000.00", "180.00")), null);
        IntakeResult stored = intake.receive(original, "api");
        String firstHash = jdbc.queryForObject("select content_sha256 from sales_document where id = ?", String.class,
                stored.documentId());

        // when the ERP sends 3 x 500.00 = 1500.00 (IGST 270.00) with the same number as an amendment
        IncomingSalesDocument amended = b2c("AMEND/1", List.of(b2cLine(1, "3", "500.00", "1500.00", "270.00")),
                new IncomingSalesDocument.GstReporting(null, null, null, null, true));
        IntakeResult again = intake.receive(amended, "api");

        // then the same row holds the new content, and knows when it was amended
        assertThat(again.documentId()).isEqualTo(stored.documentId());
        assertThat(again.duplicate()).isFalse();
        Map<String, Object> row = jdbc.queryForMap("select taxable_value, igst, total, content_sha256, amended_at"
                + " from sales_document where id = ?", stored.documentId());
        assertThat((BigDecimal) row.get("taxable_value")).isEqualByComparingTo("1500.00");
        assertThat((BigDecimal) row.get("igst")).isEqualByComparingTo("270.00");
        assertThat((BigDecimal) row.get("total")).isEqualByComparingTo("1770.00");
        assertThat(row.get("content_sha256")).isNotEqualTo(firstHash);
        assertThat(row.get("amended_at")).isNotNull();
    }

    @Test
    void aDocumentWithAnEinvoiceCannotBeAmended() {
        intake.receive(simpleInterState("AMEND/2"), "api");
        IncomingSalesDocument changed = new IncomingSalesDocument("msg-x", "INV", "AMEND/2", today, SUPPLIER, "B2B",
                false, "29", new Buyer(INTER_BUYER, "Buyer Private Limited", "29", "Somewhere", "560001", null, null),
                null, List.of(line(1, "11", "100.00", "1100.00", "198.00", "0.00", "0.00")), null, null,
                new IncomingSalesDocument.GstReporting(null, null, null, null, true));

        assertThatThrownBy(() -> intake.receive(changed, "api"))
                .isInstanceOf(InvalidSalesDocumentException.class)
                .satisfies(e -> assertThat(((InvalidSalesDocumentException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("amends");
                            assertThat(p.message()).contains("has an e-invoice (PENDING)", "credit or debit note");
                        }));
    }

    @Test
    void gstReportingDetailsAndNilExemptLinesAreStoredAndChecked() {
        // an e-commerce sale with a taxable line and an exempt line (fresh vegetables, HSN 0702, exempt)
        Line exempt = new Line(2, "Tomatoes", "07020000", false, new BigDecimal("10"), "KGS", new BigDecimal("40.00"),
                BigDecimal.ZERO, new BigDecimal("400.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, "EXEMPT");
        String operator = gstin("29", "AAACF2222E");
        IncomingSalesDocument doc = b2c("ECO/1", List.of(b2cLine(1, "2", "500.00", "1000.00", "180.00"), exempt),
                new IncomingSalesDocument.GstReporting(operator, null, null, null, false));

        IntakeResult result = intake.receive(doc, "api");

        assertThat(jdbc.queryForObject("select ecommerce_gstin from sales_document where id = ?", String.class,
                result.documentId())).isEqualTo(operator);
        assertThat(jdbc.queryForList("select tax_category from sales_document_line where sales_document_id = ?"
                + " order by line_no", String.class, result.documentId())).containsExactly("TAXABLE", "EXEMPT");

        // an exempt line that charges tax, and a shipping bill on a domestic sale
        Line taxedExempt = new Line(1, "Tomatoes", "07020000", false, new BigDecimal("10"), "KGS",
                new BigDecimal("40.00"), BigDecimal.ZERO, new BigDecimal("400.00"), new BigDecimal("5"),
                new BigDecimal("20.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "EXEMPT");
        IncomingSalesDocument bad = b2c("ECO/2", List.of(taxedExempt),
                new IncomingSalesDocument.GstReporting(null, "INBOM1", "1234567", today, false));
        assertThatThrownBy(() -> intake.receive(bad, "api"))
                .isInstanceOf(InvalidSalesDocumentException.class)
                .satisfies(e -> assertThat(((InvalidSalesDocumentException) e).problems())
                        .extracting(Problem::field)
                        .containsExactly("export", "lines[0].taxCategory"));
    }

    private IncomingSalesDocument b2c(String number, List<Line> lines, IncomingSalesDocument.GstReporting gst) {
        return new IncomingSalesDocument("msg-" + number, "INV", number, today, SUPPLIER, "B2C", false, "29",
                new Buyer(null, "Walk-in customer", "29", null, null, null, null), null, lines, null, null, gst);
    }

    private static Line b2cLine(int no, String qty, String price, String taxable, String igst) {
        return new Line(no, "Steel water bottle", "73239390", false, new BigDecimal(qty), "NOS", new BigDecimal(price),
                BigDecimal.ZERO, new BigDecimal(taxable), new BigDecimal("18"), new BigDecimal(igst), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private IncomingSalesDocument simpleInterState(String number) {
        // 10 x 100.00 = 1000.00 at 18%, Maharashtra to Karnataka: IGST 180.00
        return document(number, today, INTER_BUYER, "29", List.of(line(1, "10", "100.00", "1000.00", "180.00", "0.00", "0.00")),
                null);
    }

    private static IncomingSalesDocument document(String number, LocalDate date, String buyerGstin, String pos,
                                                  List<Line> lines, Totals totals) {
        return new IncomingSalesDocument("msg-" + number, "INV", number, date, SUPPLIER, "B2B", false, pos,
                new Buyer(buyerGstin, "Buyer Private Limited", buyerGstin.substring(0, 2), "Somewhere", "560001", null, null),
                null, lines, totals);
    }

    static Line line(int no, String qty, String price, String taxable, String igst, String cgst, String sgst) {
        return new Line(no, "Steel water bottle", "73239390", false, new BigDecimal(qty), "NOS", new BigDecimal(price),
                BigDecimal.ZERO, new BigDecimal(taxable), new BigDecimal("18"), new BigDecimal(igst), new BigDecimal(cgst),
                new BigDecimal(sgst), BigDecimal.ZERO);
    }

    static String gstin(String state, String pan) {
        String first14 = state + pan + "1Z";
        return first14 + Gstin.checkCharacter(first14);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
