package dev.lekha.routes.razorpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.lekha.domain.inbound.InboundFile;
import dev.lekha.domain.inbound.InboundFileStatus;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.routes.drops.DropSettings;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code razorpay-settlements} drop through its inbox folder, for a company of this test's own. */
@SpringBootTest
@LekhaIntegrationTest
class RazorpaySettlementDropIT {

    // Our own report rows in Razorpay's recon columns; amounts in rupees. Payment: 1190.92 - fee 28.08 (of which
    // GST 4.28) = credit 1162.84; refund: debit 100.00. Settlement = 1162.84 - 100.00 = 1062.84.
    static final String REPORT = """
            entity_id,type,debit,credit,amount,currency,fee,tax,on_hold,settled,created_at,settled_at,settlement_id,posted_at,credit_type,description,notes,payment_id,settlement_utr,order_id,order_receipt,method,card_network,card_issuer,card_type,dispute_id
            pay_Dr7Qa1b2C3d4E5,payment,0,1162.84,1190.92,INR,28.08,4.28,false,true,1764906000,2026-12-06 12:00:00,setl_Dr9Zz8y7X6w5V4,,default,,,,UTRDROP000123,order_Dr7Q9a8b7C6d5E,INV/2026/0042,upi,,,,
            rfnd_Dr8Rr1s2T3u4V5,refund,100.00,0,100.00,INR,0,0,false,true,1764910000,2026-12-06 12:00:00,setl_Dr9Zz8y7X6w5V4,,default,,,pay_Dr7Qa1b2C3d4E5,UTRDROP000123,order_Dr7Q9a8b7C6d5E,INV/2026/0042,upi,,,,
            """;

    @Autowired DropSettings settings;
    @Autowired InboundFiles inboundFiles;
    @Autowired JdbcTemplate jdbc;

    long companyId;
    String pan;

    @BeforeEach
    void newCompany() {
        pan = "AB" + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + "R"
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "Z";
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, false, false, ?)",
                "Razorpay Drop " + pan, pan, OffsetDateTime.now());
        companyId = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
    }

    @Test
    void aGoodReportStoresItsRowsAndItsSettlement() throws IOException {
        InboundFile file = dropAndAwait(pan + "_recon-2026-12-06.csv", REPORT.getBytes(StandardCharsets.UTF_8));

        assertThat(file.getStatus()).isEqualTo(InboundFileStatus.ARCHIVED);
        assertThat(file.getDocumentsCount()).isEqualTo(2);
        assertThat(file.getCompanyId()).isEqualTo(companyId);
        assertThat(jdbc.queryForList("select entity_type, credit, debit, source from razorpay_settlement_item"
                + " where company_id = ? order by entity_type", companyId)).extracting(r -> r.get("entity_type") + " "
                + r.get("credit") + " " + r.get("debit") + " " + r.get("source"))
                .containsExactly("payment 1162.84 0.00 FILE", "refund 0.00 100.00 FILE");
        Map<String, Object> settlement = jdbc.queryForMap("select status, amount, fees, tax, utr, settled_on from"
                + " razorpay_settlement where company_id = ?", companyId);
        assertThat(settlement.get("status")).isEqualTo("processed");
        assertThat((BigDecimal) settlement.get("amount")).isEqualByComparingTo("1062.84");
        assertThat((BigDecimal) settlement.get("fees")).isEqualByComparingTo("28.08");
        assertThat((BigDecimal) settlement.get("tax")).isEqualByComparingTo("4.28");
        assertThat(settlement.get("utr")).isEqualTo("UTRDROP000123");
        assertThat(settlement.get("settled_on").toString()).isEqualTo(LocalDate.of(2026, 12, 6).toString());
    }

    @Test
    void aBadRowRejectsTheWholeFileNamingRowAndColumn() throws IOException {
        String bad = REPORT.replace("rfnd_Dr8Rr1s2T3u4V5,refund,100.00", "rfnd_Dr8Rr1s2T3u4V5,refund,1OO.00");
        String name = pan + "_bad-" + System.nanoTime() + ".csv";

        InboundFile file = dropAndAwait(name, bad.getBytes(StandardCharsets.UTF_8));

        assertThat(file.getStatus()).isEqualTo(InboundFileStatus.REJECTED);
        assertThat(Files.readString(settings.rejected(RazorpaySettlementDrop.CHANNEL).resolve(name + ".error.txt")))
                .contains(name + " row 3, debit: '1OO.00' is not an amount in rupees with at most 2 decimals");
        // the good payment row above it was not stored either
        assertThat(jdbc.queryForObject("select count(*) from razorpay_settlement_item where company_id = ?", Integer.class,
                companyId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from razorpay_settlement where company_id = ?", Integer.class,
                companyId)).isZero();
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private InboundFile dropAndAwait(String name, byte[] content) throws IOException {
        Files.write(settings.inbox(RazorpaySettlementDrop.CHANNEL).resolve(name), content);
        Files.createFile(settings.inbox(RazorpaySettlementDrop.CHANNEL).resolve(name + ".done"));
        String sha = sha256(content);
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> inboundFiles.findByChannelAndSha256(RazorpaySettlementDrop.CHANNEL, sha).orElse(null),
                        f -> f != null && f.getStatus() != InboundFileStatus.RECEIVED);
    }
}
