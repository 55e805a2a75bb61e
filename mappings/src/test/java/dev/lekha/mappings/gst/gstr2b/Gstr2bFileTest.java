package dev.lekha.mappings.gst.gstr2b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Shapes per GSTN's GSTR-2B API (GET /taxpayerapi/v3.x/returns/gstr2b, response {@code chksum} +
 * {@code data{gstin, rtnprd, version, gendt, itcsumm, cpsumm, docdata}}; version 4.0 adds
 * {@code docRejdata} and {@code ecom}/{@code ecoma}). The files here are our own.
 */
class Gstr2bFileTest {

    /** Pre-IMS layout: amounts per rate in items[]. */
    static final String PRE_IMS = """
            {"chksum":"3f5a9c1e8b7d6a5f4e3d2c1b0a998877",
             "data":{"gstin":"27AAACL1234C1Z5","rtnprd":"052024","version":"1.0","gendt":"14-06-2024",
              "itcsumm":{},
              "docdata":{
               "b2b":[{"ctin":"27AAPFU0939F1ZV","trdnm":"Alpha Traders","supprd":"052024","supfildt":"11-06-2024",
                 "inv":[{"inum":"AT/0042/24-25","typ":"R","dt":"03-05-2024","val":1239.10,"pos":"27","rev":"N",
                         "itcavl":"Y","rsn":"","items":[{"num":1,"rt":18,"txval":1000.00,"igst":0,"cgst":90.00,"sgst":90.00,"cess":0},
                                                        {"num":2,"rt":5,"txval":50.10,"igst":0,"cgst":1.25,"sgst":1.25,"cess":6.50}]}]}],
               "cdnr":[{"ctin":"29AAACR5055K1Z3","trdnm":"Ravi Components","supprd":"052024","supfildt":"10-06-2024",
                 "nt":[{"ntnum":"CN-7","typ":"C","suptyp":"R","dt":"20-05-2024","val":118,"pos":"27","rev":"N","itcavl":"Y",
                        "items":[{"num":1,"rt":18,"txval":100,"igst":18,"cgst":0,"sgst":0,"cess":0}]}]}],
               "isd":[{"ctin":"27AABCS1234C1ZX","trdnm":"Head Office","supprd":"052024","supfildt":"09-06-2024",
                 "doclist":[{"doctyp":"ISDI","docnum":"ISD-1","docdt":"15-05-2024","igst":0,"cgst":50,"sgst":50,"cess":0,"itcelg":"Y"}]}],
               "impg":[{"refdt":"20-05-2024","recdt":"21-05-2024","portcode":"INNSA1","boenum":"2566282","boedt":"18-05-2024",
                 "isamd":"N","txval":10000.00,"igst":1800.00,"cess":0}]
              }}}
            """;

    /** IMS-era version 4.0: amounts on the document, docRejdata, ecom, an IMS status. */
    static final String V4 = """
            {"chksum":"Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==",
             "data":{"gstin":"27AAACL1234C1Z5","rtnprd":"112024","version":"4.0","gendt":"14-12-2024",
              "docdata":{
               "b2b":[{"ctin":"27AAPFU0939F1ZV","trdnm":"Alpha Traders","supprd":"112024","supfildt":"11-12-2024",
                 "inv":[{"inum":"AT-7","typ":"R","dt":"02-11-2024","val":1180.00,"pos":"27","rev":"Y","itcavl":"Y","rsn":"",
                         "txval":1000.00,"igst":0,"cgst":90.00,"sgst":90.00,"cess":0,"imsStatus":"A"}]}],
               "b2ba":[{"ctin":"27AAPFU0939F1ZV","trdnm":"Alpha Traders","supprd":"112024","supfildt":"11-12-2024",
                 "inv":[{"oinum":"AT-5","oidt":"30-10-2024","inum":"AT-5A","typ":"R","dt":"30-10-2024","val":590,"pos":"27",
                         "rev":"N","itcavl":"T","txval":500,"igst":0,"cgst":45,"sgst":45,"cess":0}]}],
               "ecom":[{"ctin":"24AACCT4321H1ZP","trdnm":"Cab Co","supprd":"112024","supfildt":"11-12-2024",
                 "inv":[{"inum":"E1","typ":"R","dt":"05-11-2024","val":105,"pos":"27","rev":"N","itcavl":"Y",
                         "txval":100,"igst":5,"cgst":0,"sgst":0,"cess":0}]}],
               "cdnra":[{"ctin":"29AAACR5055K1Z3","trdnm":"Ravi Components","supprd":"112024","supfildt":"10-12-2024",
                 "nt":[{"onttyp":"D","ontnum":"DN-1","ontdt":"01-10-2024","ntnum":"DN-1","typ":"D","suptyp":"R","dt":"01-10-2024",
                        "val":236,"pos":"27","rev":"N","itcavl":"N","rsn":"P","txval":200,"igst":36,"cgst":0,"sgst":0,"cess":0}]}],
               "impgsez":[{"ctin":"24AACCT4321H1ZP","trdnm":"SEZ Unit","boe":[{"refdt":"20-11-2024","portcode":"INMUN1",
                 "boenum":"77","boedt":"19-11-2024","isamd":"Y","txval":1000,"igst":180,"cess":0}]}]
              },
              "docRejdata":{
               "b2b":[{"ctin":"27AAPFU0939F1ZV","trdnm":"Alpha Traders","supprd":"112024","supfildt":"11-12-2024",
                 "inv":[{"inum":"AT-7","typ":"R","dt":"02-11-2024","val":1180.00,"pos":"27","rev":"N","itcavl":"Y",
                         "txval":1000.00,"igst":0,"cgst":90.00,"sgst":90.00,"cess":0}]}]
              }}}
            """;

    @Test
    void readsThePreImsLayoutSummingItems() {
        Gstr2bFile file = Gstr2bFile.parse(PRE_IMS.getBytes(StandardCharsets.UTF_8), "052024.json");

        assertThat(file.statement().gstin().value()).isEqualTo("27AAACL1234C1Z5");
        assertThat(file.statement().period().toString()).isEqualTo("052024");
        assertThat(file.statement().version()).isEqualTo("1.0");
        assertThat(file.statement().generatedOn()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(file.statement().checksum()).isEqualTo("3f5a9c1e8b7d6a5f4e3d2c1b0a998877");
        assertThat(file.documents()).extracting(Gstr2bDocument::section)
                .containsExactly(Gstr2bSection.B2B, Gstr2bSection.CDNR, Gstr2bSection.ISD, Gstr2bSection.IMPG);

        Gstr2bDocument inv = file.documents().get(0);
        // items: txval 1000.00 + 50.10 = 1050.10; cgst 90.00 + 1.25 = 91.25; sgst the same; cess 0 + 6.50
        assertThat(inv.taxableValue()).isEqualByComparingTo("1050.10").hasScaleOf(2);
        assertThat(inv.cgst()).isEqualTo(new BigDecimal("91.25"));
        assertThat(inv.sgst()).isEqualTo(new BigDecimal("91.25"));
        assertThat(inv.cess()).isEqualTo(new BigDecimal("6.50"));
        assertThat(inv.igst()).isEqualTo(new BigDecimal("0.00"));
        assertThat(inv.value()).isEqualTo(new BigDecimal("1239.10"));
        assertThat(inv.documentType()).isEqualTo("INV");
        assertThat(inv.number()).isEqualTo("AT/0042/24-25");
        assertThat(inv.date()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(inv.supplierGstin()).isEqualTo("27AAPFU0939F1ZV");
        assertThat(inv.supplierName()).isEqualTo("Alpha Traders");
        assertThat(inv.supplierPeriod()).isEqualTo("052024");
        assertThat(inv.supplierFiledOn()).isEqualTo(LocalDate.of(2024, 6, 11));
        assertThat(inv.itcAvailability()).isEqualTo("Y");
        assertThat(inv.reason()).isNull();
        assertThat(inv.path()).isEqualTo("data.docdata.b2b[0].inv[0]");
        assertThat(inv.rejected()).isFalse();

        Gstr2bDocument note = file.documents().get(1);
        assertThat(note.documentType()).isEqualTo("CRN");
        assertThat(note.number()).isEqualTo("CN-7");
        assertThat(note.igst()).isEqualTo(new BigDecimal("18.00"));
        assertThat(note.isCreditNote()).isTrue();

        Gstr2bDocument isd = file.documents().get(2);
        assertThat(isd.documentType()).isEqualTo("ISDI");
        assertThat(isd.number()).isEqualTo("ISD-1");
        assertThat(isd.itcAvailability()).isEqualTo("Y");
        assertThat(isd.taxableValue()).isEqualTo(new BigDecimal("0.00"));

        Gstr2bDocument boe = file.documents().get(3);
        assertThat(boe.documentType()).isEqualTo("BOE");
        assertThat(boe.supplierGstin()).isNull();
        assertThat(boe.number()).isEqualTo("2566282");
        assertThat(boe.portCode()).isEqualTo("INNSA1");
        assertThat(boe.referenceDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(boe.igst()).isEqualTo(new BigDecimal("1800.00"));
    }

    @Test
    void readsVersion4WithRejectedDocumentsEcomAndImsStatus() {
        Gstr2bFile file = Gstr2bFile.parse(V4.getBytes(StandardCharsets.UTF_8), "112024.json");

        assertThat(file.statement().version()).isEqualTo("4.0");
        assertThat(file.documents()).hasSize(6);
        Gstr2bDocument b2b = file.documents().get(0);
        assertThat(b2b.reverseCharge()).isTrue();
        assertThat(b2b.imsAction()).isEqualTo("A");
        assertThat(b2b.taxableValue()).isEqualTo(new BigDecimal("1000.00"));

        Gstr2bDocument amended = file.documents().get(1);
        assertThat(amended.section()).isEqualTo(Gstr2bSection.B2BA);
        assertThat(amended.originalNumber()).isEqualTo("AT-5");
        assertThat(amended.originalDate()).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(amended.itcAvailability()).isEqualTo("T");

        assertThat(file.documents().get(2).section()).isEqualTo(Gstr2bSection.CDNRA);
        assertThat(file.documents().get(2).documentType()).isEqualTo("DBN");
        assertThat(file.documents().get(2).originalNumber()).isEqualTo("DN-1");
        assertThat(file.documents().get(2).reason()).isEqualTo("P");
        assertThat(file.documents().get(3).section()).isEqualTo(Gstr2bSection.IMPGSEZ);
        assertThat(file.documents().get(3).amendment()).isTrue();
        assertThat(file.documents().get(3).supplierGstin()).isEqualTo("24AACCT4321H1ZP");
        assertThat(file.documents().get(4).section()).isEqualTo(Gstr2bSection.ECOM);

        // the same invoice in docdata.b2b and docRejdata.b2b is not a duplicate: they are different lists
        Gstr2bDocument rejected = file.documents().get(5);
        assertThat(rejected.rejected()).isTrue();
        assertThat(rejected.path()).isEqualTo("data.docRejdata.b2b[0].inv[0]");
    }

    @Test
    void readsTheJsonInsideAZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("returns_R2B_27AAACL1234C1Z5_112024.json"));
            zip.write(V4.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Gstr2bFile file = Gstr2bFile.parse(bytes.toByteArray(), "2b.zip");

        assertThat(file.documents()).hasSize(6);
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> Gstr2bFile.parse("gstin,rtnprd".getBytes(StandardCharsets.UTF_8), "x.json"))
                .isInstanceOfSatisfying(UnreadableGstr2bException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).path()).isEqualTo("(file)");
                    assertThat(e.problems().get(0).message()).startsWith("not valid JSON");
                });
    }

    @Test
    void refusesAnotherReturn() {
        String gstr1 = "{\"gstin\":\"27AAACL1234C1Z5\",\"fp\":\"052024\",\"b2b\":[]}";
        assertThatThrownBy(() -> Gstr2bFile.parse(gstr1.getBytes(StandardCharsets.UTF_8), "r1.json"))
                .isInstanceOfSatisfying(UnreadableGstr2bException.class, e ->
                        assertThat(e.problems().get(0).message()).startsWith("not a GSTR-2B"));
    }

    @Test
    void listsEveryBadValueWithItsPath() {
        String bad = PRE_IMS.replace("\"ctin\":\"29AAACR5055K1Z3\"", "\"ctin\":\"29AAACR5055\"")
                .replace("\"dt\":\"03-05-2024\"", "\"dt\":\"2024-05-03\"")
                .replace("\"val\":118,", "\"val\":\"118\",");

        assertThatThrownBy(() -> Gstr2bFile.parse(bad.getBytes(StandardCharsets.UTF_8), "bad.json"))
                .isInstanceOfSatisfying(UnreadableGstr2bException.class, e -> assertThat(e.problems())
                        .extracting(Gstr2bProblem::path)
                        .containsExactly("data.docdata.b2b[0].inv[0].dt", "data.docdata.cdnr[0].ctin",
                                "data.docdata.cdnr[0].nt[0].val"));
    }

    @Test
    void refusesTheSameDocumentTwiceInASectionNamingBothPaths() {
        String twice = V4.replace("\"inv\":[{\"inum\":\"AT-7\",\"typ\":\"R\",\"dt\":\"02-11-2024\",\"val\":1180.00,\"pos\":\"27\",\"rev\":\"Y\"",
                "\"inv\":[{\"inum\":\"AT-8\",\"typ\":\"R\",\"dt\":\"02-11-2024\",\"val\":1,\"pos\":\"27\",\"rev\":\"N\"},"
                        + "{\"inum\":\"at-8\",\"typ\":\"R\",\"dt\":\"02-11-2024\",\"val\":1180.00,\"pos\":\"27\",\"rev\":\"Y\"");

        assertThatThrownBy(() -> Gstr2bFile.parse(twice.getBytes(StandardCharsets.UTF_8), "twice.json"))
                .isInstanceOfSatisfying(UnreadableGstr2bException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).path()).isEqualTo("data.docdata.b2b[0].inv[1]");
                    assertThat(e.problems().get(0).message()).contains("appears twice in section b2b")
                            .contains("at data.docdata.b2b[0].inv[0] and at data.docdata.b2b[0].inv[1]");
                });
    }

    @Test
    void refusesAMissingOrBrokenChecksum() {
        String missing = PRE_IMS.replace("\"chksum\":\"3f5a9c1e8b7d6a5f4e3d2c1b0a998877\",", "");
        String broken = PRE_IMS.replace("3f5a9c1e8b7d6a5f4e3d2c1b0a998877", "3f5a 9c1e!");
        String empty = PRE_IMS.replace("3f5a9c1e8b7d6a5f4e3d2c1b0a998877", "");

        for (String file : List.of(missing, broken, empty)) {
            assertThatThrownBy(() -> Gstr2bFile.parse(file.getBytes(StandardCharsets.UTF_8), "c.json"))
                    .isInstanceOfSatisfying(UnreadableGstr2bException.class, e -> {
                        assertThat(e.problems()).hasSize(1);
                        assertThat(e.problems().get(0).path()).isEqualTo("chksum");
                    });
        }
    }

    @Test
    void readsGstnSampleFilesWhenPresent() throws IOException {
        Path dir = Path.of("/work/shared/fixtures/gst");
        assumeThat(Files.isDirectory(dir)).as("shared fixtures present").isTrue();

        Gstr2bFile old = Gstr2bFile.parse(Files.readAllBytes(dir.resolve("india-compliance__test_gstr_2b.json")), "a");
        Gstr2bFile v4 = Gstr2bFile.parse(
                Files.readAllBytes(dir.resolve("india-compliance-2025-02__test_gstr_2b_v4_0.json")), "b");

        // b2b, b2ba, cdnr, cdnra, isd, isda, impg, impgsez: one document each
        assertThat(old.documents()).hasSize(8);
        assertThat(old.statement().period().toString()).isEqualTo("032020");
        // docdata: 8 as above + ecom 2 + ecoma 2; docRejdata: the same 12
        assertThat(v4.documents()).hasSize(24);
        assertThat(v4.documents().stream().filter(Gstr2bDocument::rejected)).hasSize(12);
    }
}
