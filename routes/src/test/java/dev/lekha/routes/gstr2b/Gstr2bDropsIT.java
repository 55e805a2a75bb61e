package dev.lekha.routes.gstr2b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.inbound.InboundFile;
import dev.lekha.domain.inbound.InboundFileStatus;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.routes.drops.DropSettings;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code gstr2b} and {@code purchase-invoices} drops, driven through their inbox folders with the
 * sample files of samples/ rewritten for a company GSTIN of this test's own.
 */
@SpringBootTest
@LekhaIntegrationTest
class Gstr2bDropsIT {

    static final Path SAMPLES = Path.of("..", "samples");
    static final String SAMPLE_GSTIN = "27AAACL1234C1Z5";

    @Autowired DropSettings settings;
    @Autowired InboundFiles inboundFiles;
    @Autowired JdbcTemplate jdbc;

    long companyId;
    String gstin;

    @BeforeEach
    void newCompany() {
        String pan = "AB" + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + "C"
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "D";
        String first14 = "27" + pan + "1Z";
        gstin = first14 + Gstin.checkCharacter(first14);
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, false, false, ?)",
                "Drop Test " + pan, pan, OffsetDateTime.now());
        companyId = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        jdbc.update("insert into gst_registration (company_id, gstin, state_code, active) values (?, ?, '27', true)",
                companyId, gstin);
    }

    byte[] sample(String path) throws IOException {
        return Files.readString(SAMPLES.resolve(path)).replace(SAMPLE_GSTIN, gstin).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSampleRegisterAndStatementAreImportedOnce() throws IOException {
        byte[] register = sample("purchase-invoices/purchase-register-052024.csv");
        byte[] twoB = sample("gstr2b/gstr2b-27AAACL1234C1Z5-052024.json");

        InboundFile registerFile = dropAndAwait(PurchaseInvoiceDrop.CHANNEL, "register-" + UUID.randomUUID() + ".csv", register);
        InboundFile twoBFile = dropAndAwait(Gstr2bDrop.CHANNEL, "2b-" + UUID.randomUUID() + ".json", twoB);

        assertThat(registerFile.getStatus()).isEqualTo(InboundFileStatus.ARCHIVED);
        assertThat(registerFile.getDocumentsCount()).isEqualTo(8);
        assertThat(twoBFile.getStatus()).isEqualTo(InboundFileStatus.ARCHIVED);
        // b2b 7 + cdnr 1 + impg 1
        assertThat(twoBFile.getDocumentsCount()).isEqualTo(9);
        assertThat(count("purchase_invoice")).isEqualTo(8);
        assertThat(count("purchase_invoice_line")).isEqualTo(8);
        assertThat(count("gstr2b_document")).isEqualTo(9);
        assertThat(jdbc.queryForObject("select return_period from gstr2b_return where company_id = ?", String.class,
                companyId)).isEqualTo("052024");

        // the same register content again: archived as a duplicate, no second import
        String again = "register-again-" + UUID.randomUUID() + ".csv";
        Files.write(settings.inbox(PurchaseInvoiceDrop.CHANNEL).resolve(again), register);
        Files.createFile(settings.inbox(PurchaseInvoiceDrop.CHANNEL).resolve(again + ".done"));
        await().atMost(Duration.ofSeconds(15)).until(() -> inboundFiles.findById(registerFile.getId()).orElseThrow()
                .getDuplicatesCount() == 1);
        assertThat(count("purchase_invoice")).isEqualTo(8);
    }

    @Test
    void aBrokenRegisterIsRejectedWithEveryProblem() throws IOException {
        String name = "broken-" + UUID.randomUUID() + ".csv";
        InboundFile rejected = dropAndAwait(PurchaseInvoiceDrop.CHANNEL, name,
                sample("purchase-invoices/broken-purchase-register.csv"));

        assertThat(rejected.getStatus()).isEqualTo(InboundFileStatus.REJECTED);
        String report = Files.readString(settings.rejected(PurchaseInvoiceDrop.CHANNEL).resolve(name + ".error.txt"));
        assertThat(report).contains("3 problem(s)", "row 2: supplier_gstin:", "row 3: doc_date: '31-04-2024' is not a date",
                "row 4: total: total 2400.00 is not taxable_value + igst + cgst + sgst + cess = 2360.00");
        assertThat(count("purchase_invoice")).isZero();
    }

    @Test
    void aStatementWithABrokenChecksumOrOfAnUnknownGstinIsRejected() throws IOException {
        String broken = "broken-chk-" + UUID.randomUUID() + ".json";
        byte[] content = new String(sample("gstr2b/gstr2b-27AAACL1234C1Z5-052024.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"chksum\": \"[0-9a-f]+\"", "\"chksum\": \"not a checksum\"").getBytes(StandardCharsets.UTF_8);
        InboundFile rejected = dropAndAwait(Gstr2bDrop.CHANNEL, broken, content);
        assertThat(Files.readString(settings.rejected(Gstr2bDrop.CHANNEL).resolve(broken + ".error.txt")))
                .contains("chksum: the checksum 'not a checksum' is broken");
        assertThat(rejected.getStatus()).isEqualTo(InboundFileStatus.REJECTED);

        String stranger = "stranger-" + UUID.randomUUID() + ".json";
        byte[] other = Files.readString(SAMPLES.resolve("gstr2b/gstr2b-27AAACL1234C1Z5-052024.json"))
                .replace(SAMPLE_GSTIN, "27AAPFU0939F1ZV").replace("052024", "062024").getBytes(StandardCharsets.UTF_8);
        dropAndAwait(Gstr2bDrop.CHANNEL, stranger, other);
        assertThat(Files.readString(settings.rejected(Gstr2bDrop.CHANNEL).resolve(stranger + ".error.txt")))
                .contains("data.gstin: 27AAPFU0939F1ZV is not an active GST registration");
        assertThat(count("gstr2b_document")).isZero();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where company_id = ?", Long.class, companyId);
    }

    private InboundFile dropAndAwait(String channel, String name, byte[] content) throws IOException {
        Files.write(settings.inbox(channel).resolve(name), content);
        Files.createFile(settings.inbox(channel).resolve(name + ".done"));
        String sha = Gstr2bDrop.sha256(content);
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> inboundFiles.findByChannelAndSha256(channel, sha).orElse(null),
                        f -> f != null && f.getStatus() != InboundFileStatus.RECEIVED);
    }
}
