package dev.lekha.mappings.gst.gstr1;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.SupplyType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A hand-built August 2024 GSTR-1 period of 27AAPFU0939F1ZV (Maharashtra) with a document for every section,
 * and the dated rules as V1/V8 seed them (B2CL_THRESHOLD 2,50,000 to 31 Jul 2024 then 1,00,000; GST_RATE slabs;
 * HSN split from April 2025; 4-digit HSN).
 */
final class Gstr1Fixtures {

    static final String SUPPLIER = "27AAPFU0939F1ZV";
    static final String BUYER_KA = "29AABCR1718E1ZL";
    static final String SEZ_MH = "27AAGCS4567K1ZT";
    static final String ECOMMERCE = "27AAACF1234B1ZD";
    static final GstReturnPeriod AUG_2024 = GstReturnPeriod.parse("082024");

    private Gstr1Fixtures() {
    }

    static Gstr1Rules rules() {
        LocalDate gst = LocalDate.of(2017, 7, 1);
        List<Gstr1Rules.Dated> rates = List.of("0", "0.25", "3", "5", "12", "18", "28").stream()
                .map(r -> new Gstr1Rules.Dated(new BigDecimal(r), gst, null)).toList();
        return new Gstr1Rules(List.of(
                new Gstr1Rules.Dated(new BigDecimal("250000"), gst, LocalDate.of(2024, 7, 31)),
                new Gstr1Rules.Dated(new BigDecimal("100000"), LocalDate.of(2024, 8, 1), null)),
                rates, GstReturnPeriod.parse("042025"), 4, false);
    }

    static Gstr1Line goods(int no, String hsn, String desc, String qty, String uqc, String rate, String taxable,
                           String igst, String cgst, String sgst) {
        return new Gstr1Line(no, hsn, desc, false, new BigDecimal(qty), uqc, new BigDecimal(rate),
                Gstr1Amounts.of(taxable, igst, cgst, sgst, "0"), TaxCategory.TAXABLE);
    }

    static Gstr1Line laptop(int no, String qty, String taxable, String igst) {
        return goods(no, "8471", "Laptop computer", qty, "NOS", "18", taxable, igst, "0", "0");
    }

    static Gstr1Document doc(String type, String number, LocalDate date, SupplyType supply, String pos, String buyer,
                             String value, List<Gstr1Line> lines) {
        return new Gstr1Document(type, number, date, supply, false, pos, buyer, null, null, null, null,
                new BigDecimal(value), null, false, lines, null);
    }

    static LocalDate aug(int day) {
        return LocalDate.of(2024, 8, day);
    }

    /** Every section: see gstr1-082024-every-section.json for what each document becomes. */
    static List<Gstr1Document> everySection() {
        Gstr1Line rice = new Gstr1Line(3, "1006", "Rice", false, new BigDecimal("25"), "KGS", BigDecimal.ZERO,
                Gstr1Amounts.of("50", "0", "0", "0", "0"), TaxCategory.NIL);
        Gstr1Line milk = new Gstr1Line(1, "0401", "Fresh milk", false, new BigDecimal("100"), "LTR",
                BigDecimal.ZERO, Gstr1Amounts.of("300", "0", "0", "0", "0"), TaxCategory.EXEMPT);
        Gstr1Line design = new Gstr1Line(1, "998314", "IT design and development services", true, BigDecimal.ZERO,
                "OTH", new BigDecimal("18"), Gstr1Amounts.of("500", "0", "45", "45", "0"), TaxCategory.TAXABLE);
        Gstr1Document inv4 = new Gstr1Document("INV", "INV-4", aug(4), SupplyType.B2C, false, "27", null, ECOMMERCE,
                null, null, null, new BigDecimal("590"), null, false, List.of(design), null);
        Gstr1Document crn2 = new Gstr1Document("CRN", "CRN-2", aug(7), SupplyType.B2C, false, "07", null, null, null,
                null, null, new BigDecimal("1180"), new BigDecimal("118000"), false,
                List.of(laptop(1, "1", "1000", "180")), null);
        Gstr1Document exp1 = new Gstr1Document("INV", "EXP-1", aug(8), SupplyType.EXPWP, false, "96", null, null,
                "INNSA1", "1234567", aug(10), new BigDecimal("23600"), null, false,
                List.of(laptop(1, "4", "20000", "3600")), null);
        Gstr1Document cancelled = new Gstr1Document("INV", "INV-7", aug(10), SupplyType.B2C, false, "27", null, null,
                null, null, null, new BigDecimal("1180"), null, true,
                List.of(goods(1, "8471", "Laptop computer", "1", "NOS", "18", "1000", "0", "90", "90")), null);
        Gstr1Document amended = new Gstr1Document("INV", "INV-0", LocalDate.of(2024, 7, 15), SupplyType.B2B, false,
                "29", BUYER_KA, null, null, null, null, new BigDecimal("2240"), null, false,
                List.of(goods(1, "8471", "Laptop computer", "1", "NOS", "12", "2000", "240", "0", "0")),
                new Gstr1Document.Reported(Gstr1Section.B2B, "INV-0", LocalDate.of(2024, 7, 15), "072024"));
        return List.of(
                doc("INV", "INV-1", aug(1), SupplyType.B2B, "29", BUYER_KA, "1440", List.of(laptop(1, "2", "1000",
                        "180"), goods(2, "6109", "Cotton T-shirts", "10", "NOS", "5", "200", "10", "0", "0"), rice)),
                doc("INV", "INV-2", aug(2), SupplyType.SEZWOP, "27", SEZ_MH, "5000",
                        List.of(laptop(1, "5", "5000", "0"))),
                doc("INV", "INV-3", aug(3), SupplyType.B2C, "07", null, "118000",
                        List.of(laptop(1, "1", "100000", "18000"))),
                inv4,
                doc("INV", "INV-5", aug(5), SupplyType.B2C, "07", null, "1180", List.of(laptop(1, "1", "1000", "180"))),
                doc("CRN", "CRN-1", aug(6), SupplyType.B2B, "29", BUYER_KA, "118", List.of(laptop(1, "0", "100", "18"))),
                crn2, exp1,
                doc("INV", "INV-6", aug(9), SupplyType.B2C, "27", null, "300", List.of(milk)),
                cancelled, amended);
    }

    static List<Gstr1Advance> advances() {
        return List.of(
                new Gstr1Advance(false, "ADV-1", aug(20), "29", new BigDecimal("18"),
                        Gstr1Amounts.of("10000", "1800", "0", "0", "0")),
                new Gstr1Advance(true, "ADV-0", aug(21), "27", new BigDecimal("18"),
                        Gstr1Amounts.of("5000", "0", "450", "450", "0")));
    }
}
