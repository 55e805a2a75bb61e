package dev.lekha.mappings.einvoice;

import static dev.lekha.mappings.einvoice.Fixtures.FIVE_CRORE;
import static dev.lekha.mappings.einvoice.Fixtures.NOV_5;
import static dev.lekha.mappings.einvoice.Fixtures.company;
import static dev.lekha.mappings.einvoice.Fixtures.dec;
import static dev.lekha.mappings.einvoice.Fixtures.pune;
import static dev.lekha.mappings.einvoice.Fixtures.toSahyadri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.connectors.nic.IrpInvoice;
import dev.lekha.connectors.nic.IrpInvoice.EwbDtls;
import dev.lekha.connectors.nic.IrpInvoice.ExpDtls;
import dev.lekha.connectors.nic.IrpInvoice.PrecDocDtls;
import dev.lekha.domain.einvoice.TransportDetails;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.invoice.DocumentType;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.TestSalesDocuments;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class IrpInvoiceMapperTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final IrpInvoiceMapper mapper = new IrpInvoiceMapper(FIVE_CRORE);

    @Test
    void intraStateB2bInvoiceMapsToTheGoldenJson() {
        // given the golden invoice (arithmetic in Fixtures.intraStateInvoice)
        SalesDocument doc = Fixtures.intraStateInvoice();

        // when it is mapped
        IrpInvoice invoice = mapper.map(doc, pune(), company(), null);

        // then the JSON is exactly, field by field, what the IRP is to receive
        String expected = """
                {
                  "Version": "1.1",
                  "TranDtls": {"TaxSch": "GST", "SupTyp": "B2B", "RegRev": "N", "IgstOnIntra": "N"},
                  "DocDtls": {"Typ": "INV", "No": "LDT/25-26/0042", "Dt": "05/11/2025"},
                  "SellerDtls": {"Gstin": "27AAACL1234C1Z5", "LglNm": "Lekha Demo Traders Private Limited",
                                 "TrdNm": "Lekha Demo Traders", "Addr1": "Plot 12, Hinjewadi Phase 1", "Loc": "Pune",
                                 "Pin": 411057, "Stcd": "27"},
                  "BuyerDtls": {"Gstin": "27AABCS9876K1ZK", "LglNm": "Sahyadri Retail Private Limited", "Pos": "27",
                                "Addr1": "Baner Road, Pune", "Loc": "Pune", "Pin": 411045, "Stcd": "27",
                                "Ph": "912025550101", "Em": "accounts@sahyadri-retail.example"},
                  "ItemList": [
                    {"SlNo": "1", "PrdDesc": "Basmati rice, 25 kg bag", "IsServc": "N", "HsnCd": "10063020",
                     "Qty": 3.000, "Unit": "BAG", "UnitPrice": 2450.00, "TotAmt": 7350.00, "Discount": 0.00,
                     "AssAmt": 7350.00, "GstRt": 5, "IgstAmt": 0.00, "CgstAmt": 183.75, "SgstAmt": 183.75,
                     "CesAmt": 0.00, "TotItemVal": 7717.50},
                    {"SlNo": "2", "PrdDesc": "Steel water bottle, 1 litre", "IsServc": "N", "HsnCd": "73239390",
                     "Qty": 24.000, "Unit": "NOS", "UnitPrice": 349.00, "TotAmt": 8376.00, "Discount": 76.00,
                     "AssAmt": 8300.00, "GstRt": 18, "IgstAmt": 0.00, "CgstAmt": 747.00, "SgstAmt": 747.00,
                     "CesAmt": 0.00, "TotItemVal": 9794.00}
                  ],
                  "ValDtls": {"AssVal": 15650.00, "CgstVal": 930.75, "SgstVal": 930.75, "IgstVal": 0.00,
                              "CesVal": 0.00, "Discount": 0.00, "OthChrg": 250.00, "RndOffAmt": -0.50,
                              "TotInvVal": 17761.00}
                }
                """;
        // TotItemVal: 7350.00 + 183.75 + 183.75 = 7717.50; 8300.00 + 747.00 + 747.00 = 9794.00
        String actual = JSON.writeValueAsString(invoice);
        assertThat(JSON.readTree(actual)).isEqualTo(JSON.readTree(expected));
        // and amounts keep scale 2, quantities scale 3, with no exponent anywhere
        assertThat(actual).contains("\"Qty\":3.000", "\"TotAmt\":7350.00", "\"RndOffAmt\":-0.50", "\"GstRt\":18,")
                .doesNotContainPattern("[0-9][eE][+-]?[0-9]");
    }

    @Test
    void interStateInvoiceBearsIgst() {
        // given Pune (27) to Bengaluru (29): 400 × 89.50 = 35800.00 at 18% IGST = 6444.00; total 42244.00
        SalesDocument doc = TestSalesDocuments.document(DocumentType.INV, "LDT/25-26/0043", NOV_5, SupplyType.B2B, "29")
                .buyer("29AAFCK4321M1ZA", "Kaveri Foods Private Limited", "29", "Peenya Industrial Area, Bengaluru",
                        "560058", null, null)
                .line(1, "LED bulb, 9 W", "85395000", false, "400", "NOS", "89.50", "0.00", "35800.00", "18",
                        "6444.00", "0.00", "0.00", "0.00")
                .build();

        IrpInvoice invoice = mapper.map(doc, pune(), company(), null);

        assertThat(invoice.tranDtls().igstOnIntra()).isEqualTo("N");
        assertThat(invoice.buyerDtls().pos()).isEqualTo("29");
        assertThat(invoice.buyerDtls().stcd()).isEqualTo("29");
        assertThat(invoice.buyerDtls().loc()).isEqualTo("Bengaluru");
        assertThat(invoice.itemList().get(0).igstAmt()).isEqualTo(dec("6444.00"));
        assertThat(invoice.itemList().get(0).totItemVal()).isEqualTo(dec("42244.00"));
        assertThat(invoice.valDtls().igstVal()).isEqualTo(dec("6444.00"));
        assertThat(invoice.valDtls().cgstVal()).isEqualTo(dec("0.00"));
        assertThat(invoice.valDtls().totInvVal()).isEqualTo(dec("42244.00"));
        assertThat(invoice.refDtls()).isNull();
        assertThat(invoice.expDtls()).isNull();
    }

    @Test
    void igstChargedWithinTheStateIsMarkedIgstOnIntra() {
        // given Pune to a Pune buyer, charged IGST (e.g. a supply in the course of import): 10000.00 at 18% = 1800.00
        SalesDocument doc = toSahyadri(DocumentType.INV, "LDT/25-26/0044", NOV_5)
                .line(1, "Steel water bottle, 1 litre", "73239390", false, "100", "NOS", "100.00", "0.00", "10000.00",
                        "18", "1800.00", "0.00", "0.00", "0.00")
                .build();

        assertThat(mapper.map(doc, pune(), company(), null).tranDtls().igstOnIntra()).isEqualTo("Y");
    }

    @Test
    void creditNoteNamesThePrecedingInvoice() {
        // given a credit note for 2 bottles: 2 × 349.00 = 698.00 at 18%: CGST = SGST = 698.00 × 9% = 62.82; total 698.00 + 62.82 + 62.82 = 823.64
        SalesDocument doc = toSahyadri(DocumentType.CRN, "CN/25-26/0007", LocalDate.of(2025, 11, 20))
                .preceding("LDT/25-26/0042", NOV_5)
                .line(1, "Steel water bottle, 1 litre", "73239390", false, "2", "NOS", "349.00", "0.00", "698.00", "18",
                        "0.00", "62.82", "62.82", "0.00")
                .build();

        IrpInvoice invoice = mapper.map(doc, pune(), company(), null);

        assertThat(invoice.docDtls()).isEqualTo(new IrpInvoice.DocDtls("CRN", "CN/25-26/0007", "20/11/2025"));
        assertThat(invoice.refDtls().precDocDtls()).containsExactly(new PrecDocDtls("LDT/25-26/0042", "05/11/2025", null));
        assertThat(invoice.valDtls().totInvVal()).isEqualTo(dec("823.64"));
    }

    @Test
    void creditNoteWithoutItsInvoiceIsAProblem() {
        SalesDocument doc = toSahyadri(DocumentType.CRN, "CN/25-26/0008", NOV_5)
                .line(1, "Steel water bottle, 1 litre", "73239390", false, "2", "NOS", "349.00", "0.00", "698.00", "18",
                        "0.00", "62.82", "62.82", "0.00")
                .build();

        assertThatThrownBy(() -> mapper.map(doc, pune(), company(), null))
                .isInstanceOfSatisfying(EinvoiceMappingException.class, e -> assertThat(e.problems())
                        .extracting(MappingProblem::field)
                        .containsExactly("RefDtls.PrecDocDtls.InvNo", "RefDtls.PrecDocDtls.InvDt"));
    }

    @Test
    void exportGoesToAnUnregisteredForeignBuyer() {
        // given an export under LUT: 500 kg × 420.00 = 210000.00 at 5% without payment: no tax; total 210000.00
        SalesDocument doc = export("LDT/25-26/0100");

        IrpInvoice invoice = mapper.map(doc, pune(), company(), null, new ExportDetails("LK", "USD"));

        assertThat(invoice.tranDtls().supTyp()).isEqualTo("EXPWOP");
        assertThat(invoice.tranDtls().igstOnIntra()).isEqualTo("N");
        assertThat(invoice.buyerDtls()).isEqualTo(new IrpInvoice.BuyerDtls("URP", "Colombo Trading Company (Pvt) Ltd",
                null, "96", "Galle Road, Colombo 3, Sri Lanka", null, "Sri Lanka", 999999, "96", "94115550106",
                "imports@colombo-trading.example"));
        assertThat(invoice.expDtls()).isEqualTo(new ExpDtls(null, null, null, "N", "USD", "LK", null));
        assertThat(invoice.valDtls().totInvVal()).isEqualTo(dec("210000.00"));
    }

    @Test
    void exportWithoutCountryOrCurrencyLeavesThemOut() {
        IrpInvoice invoice = mapper.map(export("LDT/25-26/0101"), pune(), company(), null);

        assertThat(invoice.expDtls()).isEqualTo(new ExpDtls(null, null, null, "N", null, null, null));
    }

    @Test
    void serviceLineIsMarkedAsService() {
        // given 12 hours × 2500.00 = 30000.00 of consulting at 18%: CGST = SGST = 2700.00
        SalesDocument doc = toSahyadri(DocumentType.INV, "LDT/25-26/0045", NOV_5)
                .line(1, "IT consulting and support (per hour)", "998313", true, "12", "OTH", "2500.00", "0.00",
                        "30000.00", "18", "0.00", "2700.00", "2700.00", "0.00")
                .build();

        IrpInvoice.Item item = mapper.map(doc, pune(), company(), null).itemList().get(0);

        assertThat(item.isServc()).isEqualTo("Y");
        assertThat(item.hsnCd()).isEqualTo("998313");
        assertThat(item.totItemVal()).isEqualTo(dec("35400.00"));
    }

    @Test
    void everyProblemIsListedWithItsLine() {
        // given a 4-digit HSN on line 2 (AATO 62 crore > 5 crore), a service without a SAC on line 3 and a
        // document number starting with 0
        SalesDocument doc = toSahyadri(DocumentType.INV, "0042", NOV_5)
                .line(1, "Basmati rice, 25 kg bag", "10063020", false, "3", "BAG", "2450.00", "0.00", "7350.00", "5",
                        "0.00", "183.75", "183.75", "0.00")
                .line(2, "Steel water bottle, 1 litre", "7323", false, "24", "NOS", "349.00", "76.00", "8300.00", "18",
                        "0.00", "747.00", "747.00", "0.00")
                .line(3, "Installation", "73239390", true, "1", "OTH", "1000.00", "0.00", "1000.00", "18",
                        "0.00", "90.00", "90.00", "0.00")
                .build();

        assertThatThrownBy(() -> mapper.map(doc, pune(), company(), null))
                .isInstanceOfSatisfying(EinvoiceMappingException.class, e -> {
                    assertThat(e.problems()).extracting(MappingProblem::lineNo, MappingProblem::field).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(null, "DocDtls.No"),
                            org.assertj.core.groups.Tuple.tuple(2, "ItemList.HsnCd"),
                            org.assertj.core.groups.Tuple.tuple(3, "ItemList.HsnCd"));
                    assertThat(e.problems().get(1).message()).isEqualTo("'7323' has 4 digits but a supplier with"
                            + " aggregate turnover of ₹62 crore (above ₹5 crore) must give 6 or 8 digits"
                            + " (Notification 78/2020-Central Tax); give the full HSN/SAC of the item");
                    assertThat(e.problems().get(1).documentNumber()).isEqualTo("0042");
                    assertThat(e.getMessage()).contains("0042 line 2 ItemList.HsnCd");
                });
    }

    @Test
    void fourDigitHsnIsFineAtOrBelowFiveCrore() {
        SalesDocument doc = toSahyadri(DocumentType.INV, "LDT/25-26/0046", NOV_5)
                .line(1, "Steel water bottle, 1 litre", "7323", false, "1", "NOS", "349.00", "0.00", "349.00", "18",
                        "0.00", "31.41", "31.41", "0.00")
                .build();

        assertThat(mapper.map(doc, pune(), company(FIVE_CRORE), null).itemList().get(0).hsnCd()).isEqualTo("7323");
    }

    @Test
    void roundOffBeyondTheIrpLimitIsAProblem() {
        // given 10000.00 at 18% intra: 900.00 + 900.00 = 11800.00, round-off 100.00: total 11900.00
        SalesDocument doc = toSahyadri(DocumentType.INV, "LDT/25-26/0047", NOV_5)
                .line(1, "Steel water bottle, 1 litre", "73239390", false, "100", "NOS", "100.00", "0.00", "10000.00",
                        "18", "0.00", "900.00", "900.00", "0.00")
                .roundOff("100.00")
                .build();

        assertThatThrownBy(() -> mapper.map(doc, pune(), company(), null))
                .isInstanceOfSatisfying(EinvoiceMappingException.class, e -> assertThat(e.problems())
                        .containsExactly(new MappingProblem("LDT/25-26/0047", null, "ValDtls.RndOffAmt",
                                "round-off 100.00 is outside the IRP's ±99.99; correct the document's round-off")));
    }

    @Test
    void negativeLineIsFoldedIntoTheDocumentDiscount() {
        // given 100 × 349.00 = 34900.00 at 18%: CGST = SGST = 3141.00, and a trade discount line of −500.00
        // without tax: the document total is 34900.00 − 500.00 + 3141.00 + 3141.00 = 40682.00
        SalesDocument doc = toSahyadri(DocumentType.INV, "LDT/25-26/0048", NOV_5)
                .line(1, "Steel water bottle, 1 litre", "73239390", false, "100", "NOS", "349.00", "0.00", "34900.00",
                        "18", "0.00", "3141.00", "3141.00", "0.00")
                .line(2, "Trade discount", "73239390", false, "1", "OTH", "-500.00", "0.00", "-500.00", "0",
                        "0.00", "0.00", "0.00", "0.00")
                .build();
        assertThat(doc.getTotal()).isEqualByComparingTo("40682.00");

        IrpInvoice invoice = mapper.map(doc, pune(), company(), null);

        // then only the positive line is an item and TotInvVal = 34900.00 + 3141.00 + 3141.00 − 500.00 = 40682.00
        assertThat(invoice.itemList()).extracting(IrpInvoice.Item::slNo).containsExactly("1");
        assertThat(invoice.valDtls()).isEqualTo(new IrpInvoice.ValDtls(dec("34900.00"), dec("3141.00"), dec("3141.00"),
                dec("0.00"), dec("0.00"), null, dec("500.00"), dec("0.00"), dec("0.00"), dec("40682.00"), null));
    }

    @Test
    void negativeLineWithTaxIsAProblem() {
        SalesDocument doc = toSahyadri(DocumentType.INV, "LDT/25-26/0049", NOV_5)
                .line(1, "Steel water bottle, 1 litre", "73239390", false, "100", "NOS", "349.00", "0.00", "34900.00",
                        "18", "0.00", "3141.00", "3141.00", "0.00")
                .line(2, "Trade discount", "73239390", false, "1", "OTH", "-500.00", "0.00", "-500.00", "18",
                        "0.00", "-45.00", "-45.00", "0.00")
                .build();

        assertThatThrownBy(() -> mapper.map(doc, pune(), company(), null))
                .isInstanceOfSatisfying(EinvoiceMappingException.class, e -> assertThat(e.problems())
                        .extracting(MappingProblem::lineNo, MappingProblem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "ItemList")));
    }

    @Test
    void transportDetailsBecomeEwbDtls() {
        TransportDetails road = new TransportDetails("29AABCM1357N1ZX", "Malnad Logistics Private Limited",
                TransportDetails.Mode.ROAD, 845, "LR-7781", NOV_5, "MH 12 AB 1234", false);

        IrpInvoice invoice = mapper.map(Fixtures.intraStateInvoice(), pune(), company(), road);

        assertThat(invoice.ewbDtls()).isEqualTo(new EwbDtls("29AABCM1357N1ZX", "Malnad Logistics Private Limited", "1",
                845, "LR-7781", "05/11/2025", "MH12AB1234", "R"));
    }

    @Test
    void overDimensionalCargoIsVehicleTypeO() {
        TransportDetails odc = new TransportDetails(null, null, TransportDetails.Mode.ROAD, 0, null, null,
                "MH12AB1234", true);

        assertThat(mapper.map(Fixtures.intraStateInvoice(), pune(), company(), odc).ewbDtls().vehType()).isEqualTo("O");
    }

    @Test
    void b2cIsNeverMapped() {
        SalesDocument doc = TestSalesDocuments.document(DocumentType.INV, "B2C/0001", NOV_5, SupplyType.B2C, "27")
                .line(1, "LED bulb, 9 W", "85395000", false, "1", "NOS", "100.00", "0.00", "100.00", "18",
                        "0.00", "9.00", "9.00", "0.00")
                .build();

        assertThatThrownBy(() -> mapper.map(doc, pune(), company(), null))
                .isInstanceOf(EinvoiceMappingException.class).hasMessageContaining("TranDtls.SupTyp");
    }

    static SalesDocument export(String number) {
        return TestSalesDocuments.document(DocumentType.INV, number, NOV_5, SupplyType.EXPWOP, "96")
                .buyer(null, "Colombo Trading Company (Pvt) Ltd", "96", "Galle Road, Colombo 3, Sri Lanka", null,
                        "imports@colombo-trading.example", "+94115550106")
                .line(1, "Assam CTC tea, 1 kg", "09024020", false, "500", "KGS", "420.00", "0.00", "210000.00", "5",
                        "0.00", "0.00", "0.00", "0.00")
                .build();
    }
}
