package dev.lekha.routes.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lekha.connectors.banking.PgpEnvelope;
import dev.lekha.connectors.banking.PgpKeys;
import dev.lekha.connectors.banking.sandbox.SandboxBank;
import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.ledger.JournalEntries;
import dev.lekha.domain.ledger.StandardAccount;
import dev.lekha.domain.ledger.StandardAccounts;
import dev.lekha.domain.openitem.OpenItemType;
import dev.lekha.domain.openitem.OpenItems;
import dev.lekha.domain.payment.BatchStatus;
import dev.lekha.domain.payment.BillToPay;
import dev.lekha.domain.payment.InstructionStatus;
import dev.lekha.domain.payment.InvalidPaymentBatchException;
import dev.lekha.domain.payment.PaymentBatch;
import dev.lekha.domain.payment.PaymentBatchStateException;
import dev.lekha.domain.payment.PaymentBatches;
import dev.lekha.domain.payment.PaymentInstruction;
import dev.lekha.domain.payment.PaymentMode;
import dev.lekha.domain.payment.FieldProblem;
import dev.lekha.mappings.payment.PaymentFileLayout;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open bills to a batch, approved by a second person, sent over real SFTP with PGP to the sandbox bank, whose signed
 * reverse file is polled back: payments paid with UTRs, one rejected, bills settled with their journal entries, and
 * the same reverse file read again changes nothing.
 */
@SpringBootTest
@LekhaIntegrationTest
class PaymentFilesIT {

    private static final String PAN = "AAACP7070Q";

    @Autowired PaymentBatches batches;
    @Autowired AcknowledgementPoll poll;
    @Autowired ProducerTemplate producer;
    @Autowired OpenItems openItems;
    @Autowired JournalEntries journalEntries;
    @Autowired StandardAccounts standardAccounts;
    @Autowired ArtifactStore artifacts;
    @Autowired SandboxBank bank;
    @Autowired PaymentTestBank.OurKeys ours;
    @Autowired PaymentTestBank.BankOutage outage;
    @Autowired JdbcTemplate jdbc;

    @Test
    void billsArePaidByFileAndSettledOnceFromTheBanksAnswer() throws Exception {
        long company = company();
        long account = bankAccount(company);
        String run = UUID.randomUUID().toString().substring(0, 6);
        long billA = bill(company, "A" + run, "118000.00");
        long billB = bill(company, "B" + run, "354000.00");
        long billC = bill(company, "C" + run, "5900.00");
        long payables = standardAccounts.idOf(company, StandardAccount.TRADE_PAYABLES);
        long bankLedger = standardAccounts.idOf(company, StandardAccount.BANK);
        BigDecimal payablesBefore = journalEntries.balanceOf(payables);
        BigDecimal bankBefore = journalEntries.balanceOf(bankLedger);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));

        // a vendor batch: bill A in full (NEFT chosen), 2,50,000 of bill B by RTGS, bill C to a closed account
        PaymentBatch batch = batches.createVendorBatch(company, account, today, PaymentFileLayout.HDFC_ENET.name(), List.of(
                new BillToPay(billA, null, null, "50100012345678", "HDFC0001234", null, "accounts@ganesh.example"),
                new BillToPay(billB, new BigDecimal("250000.00"), "Kaveri Steel Pvt Ltd", "000405012345", "ICIC0000004",
                        PaymentMode.RTGS, null),
                new BillToPay(billC, null, "A K Rao", "12345678000", "SBIN0012345", PaymentMode.NEFT, null)), "ravi");
        assertThat(batch.status()).isEqualTo(BatchStatus.DRAFT);
        assertThat(batch.totalAmount()).isEqualByComparingTo("373900.00");
        assertThat(batches.instructions(company, batch.id())).extracting(PaymentInstruction::ourReference,
                        PaymentInstruction::mode, PaymentInstruction::amount, PaymentInstruction::beneficiaryName)
                .containsExactly(
                        tuple("LK" + batch.id() + "-1", PaymentMode.NEFT, new BigDecimal("118000.00"), "Ganesh Traders"),
                        tuple("LK" + batch.id() + "-2", PaymentMode.RTGS, new BigDecimal("250000.00"), "Kaveri Steel Pvt Ltd"),
                        tuple("LK" + batch.id() + "-3", PaymentMode.NEFT, new BigDecimal("5900.00"), "A K Rao"));

        // bill B cannot be put in another batch beyond what this one leaves open (3,54,000 - 2,50,000)
        assertThatThrownBy(() -> batches.createVendorBatch(company, account, today, "HDFC_ENET", List.of(
                new BillToPay(billB, new BigDecimal("104000.01"), "Kaveri Steel", "000405012345", "ICIC0000004", null, null)),
                "ravi")).isInstanceOfSatisfying(InvalidPaymentBatchException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::row, FieldProblem::field).containsExactly(tuple(1, "amount")));

        // four eyes: the creator cannot approve; a sent batch needs approval first
        assertThatThrownBy(() -> producer.requestBodyAndHeader(PaymentRoutes.SEND, batch.id(), "companyId", company))
                .hasRootCauseInstanceOf(PaymentBatchStateException.class);
        assertThatThrownBy(() -> batches.approve(company, batch.id(), "ravi"))
                .isInstanceOf(PaymentBatchStateException.class).hasMessageContaining("four eyes");
        assertThat(batches.approve(company, batch.id(), "asha").approvedBy()).isEqualTo("asha");

        // sent: the file is kept as an artifact and the bank receives it encrypted
        PaymentBatch sent = producer.requestBodyAndHeader(PaymentRoutes.SEND, batch.id(), "companyId", company,
                PaymentBatch.class);
        assertThat(sent.status()).isEqualTo(BatchStatus.SENT);
        String fileName = "LEKH" + today.format(java.time.format.DateTimeFormatter.ofPattern("ddMM")) + "."
                + String.format("%03d", batch.id() % 1000);
        assertThat(sent.fileName()).isEqualTo(fileName);
        String written = new String(artifacts.open(sent.fileArtifactId()).readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(written.split("\r\n")).hasSize(3);
        assertThat(written).startsWith("N,,50100012345678,118000.00,Ganesh Traders,,,,,,,,,LK" + batch.id() + "-1,BILL A");
        assertThat(Files.readString(bank.sftpRoot().resolve("processed").resolve(fileName + ".asc")))
                .startsWith("-----BEGIN PGP MESSAGE-----");
        assertThat(batches.instructions(company, batch.id())).extracting(PaymentInstruction::status)
                .containsOnly(InstructionStatus.SENT);

        // the bank's reverse file is polled back
        AcknowledgementPoll.PollResult first = poll.poll();
        assertThat(first.errors()).isEmpty();
        assertThat(first.applied()).isEqualTo(1);
        List<PaymentInstruction> answered = batches.instructions(company, batch.id());
        assertThat(answered).extracting(PaymentInstruction::status, PaymentInstruction::bankReason)
                .containsExactly(tuple(InstructionStatus.PAID, null), tuple(InstructionStatus.PAID, null),
                        tuple(InstructionStatus.REJECTED, "Account closed"));
        assertThat(answered.get(0).utr()).matches("LKSBN" + today.format(java.time.format.DateTimeFormatter.ofPattern("yy"))
                + String.format("%03d", today.getDayOfYear()) + "\\d{6}");
        assertThat(answered.get(1).utr()).matches("LKSBR5" + today.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "\\d{8}");
        assertThat(batches.find(company, batch.id()).status()).isEqualTo(BatchStatus.PARTLY_PAID);
        assertThat(openItems.outstanding(company, OpenItemType.PURCHASE_INVOICE, billA)).isEqualByComparingTo("0.00");
        assertThat(openItems.outstanding(company, OpenItemType.PURCHASE_INVOICE, billB)).isEqualByComparingTo("104000.00");
        assertThat(openItems.outstanding(company, OpenItemType.PURCHASE_INVOICE, billC)).isEqualByComparingTo("5900.00");
        assertThat(journalEntries.balanceOf(payables).subtract(payablesBefore)).isEqualByComparingTo("368000.00");
        assertThat(jdbc.queryForObject("select count(*) from journal_entry where company_id = ? and source_type = 'PAYMENT'"
                + " and source_id in (?, ?)", Integer.class, company, "LK" + batch.id() + "-1", "LK" + batch.id() + "-2"))
                .isEqualTo(2);
        assertThat(artifacts.search(company, AcknowledgementPoll.ACK_ARTIFACT, null)).hasSize(1);

        // the same reverse file read again changes nothing: by name at the next poll, by content when applied again
        String ackName = fileName.replace(".", ".r");
        BigDecimal payablesAfter = journalEntries.balanceOf(payables);
        assertThat(poll.poll().applied()).isZero();
        byte[] again = Files.readAllBytes(bank.sftpRoot().resolve("outbox").resolve(ackName + ".asc"));
        var reapplied = poll.apply(ackName, ours.envelope().open(again, bank.bankPublicKey()).content(),
                PaymentFileLayout.HDFC_ENET.format());
        assertThat(reapplied.alreadyApplied()).isTrue();
        assertThat(journalEntries.balanceOf(payables)).isEqualByComparingTo(payablesAfter);
        assertThat(journalEntries.balanceOf(bankLedger).subtract(bankBefore)).isEqualByComparingTo("-368000.00");
        assertThat(batches.find(company, batch.id()).status()).isEqualTo(BatchStatus.PARTLY_PAID);
        assertThat(artifacts.search(company, AcknowledgementPoll.ACK_ARTIFACT, null)).hasSize(1);
    }

    @Test
    void aFailedDeliveryIsKeptOnTheBatchAndTheSameFileIsSentAgain() throws Exception {
        long company = company();
        long account = bankAccount(company);
        String run = UUID.randomUUID().toString().substring(0, 6);
        long bill = bill(company, "D" + run, "23600.00");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        PaymentBatch batch = batches.createVendorBatch(company, account, today, "HDFC_ENET", List.of(
                new BillToPay(bill, null, null, "50100099990001", "HDFC0001234", null, null)), "ravi");
        batches.approve(company, batch.id(), "asha");

        outage.begin();
        try {
            assertThatThrownBy(() -> producer.requestBodyAndHeader(PaymentRoutes.SEND, batch.id(), "companyId", company))
                    .hasRootCauseInstanceOf(java.net.ConnectException.class)
                    .hasCauseInstanceOf(PaymentDeliveryException.class);
        } finally {
            outage.end();
        }
        PaymentBatch failed = batches.find(company, batch.id());
        assertThat(failed.status()).isEqualTo(BatchStatus.FILE_WRITTEN);
        assertThat(failed.deliveryError()).startsWith("BankSftpException: SFTP lekha@127.0.0.1:")
                .contains("could not upload " + failed.fileName() + ".asc");
        assertThat(batches.instructions(company, batch.id())).extracting(PaymentInstruction::status)
                .containsOnly(InstructionStatus.PENDING);

        // while another send of the batch is in progress, a second one is refused and uploads nothing
        batches.claimForSending(company, batch.id());
        assertThatThrownBy(() -> producer.requestBodyAndHeader(PaymentRoutes.SEND, batch.id(), "companyId", company))
                .hasRootCauseInstanceOf(PaymentBatchStateException.class)
                .rootCause().hasMessageContaining("is being sent right now");
        batches.deliveryFailed(company, batch.id(), "the other send gave up");

        PaymentBatch resent = producer.requestBodyAndHeader(PaymentRoutes.SEND, batch.id(), "companyId", company,
                PaymentBatch.class);
        assertThat(resent.status()).isEqualTo(BatchStatus.SENT);
        assertThat(resent.deliveryError()).isNull();
        assertThat(resent.fileArtifactId()).as("the stored file is re-sent, not written again")
                .isEqualTo(failed.fileArtifactId());
        assertThat(artifacts.search(company, PaymentFileDelivery.FILE_ARTIFACT, null))
                .filteredOn(a -> a.fileName().equals(failed.fileName())).hasSize(1);

        // an approved batch the layout refuses (IMPS in HDFC ENet) stays APPROVED with the reason, nothing written
        PaymentBatch imps = batches.createVendorBatch(company, account, today, "HDFC_ENET", List.of(
                new BillToPay(bill(company, "E" + run, "1180.00"), null, null, "50100099990002", "HDFC0001234",
                        PaymentMode.IMPS, null)), "ravi");
        batches.approve(company, imps.id(), "asha");
        assertThatThrownBy(() -> producer.requestBodyAndHeader(PaymentRoutes.SEND, imps.id(), "companyId", company))
                .hasCauseInstanceOf(PaymentDeliveryException.class);
        PaymentBatch refused = batches.find(company, imps.id());
        assertThat(refused.status()).isEqualTo(BatchStatus.APPROVED);
        assertThat(refused.fileName()).isNull();
        assertThat(refused.deliveryError()).contains("row 1, mode: IMPS is not a transaction type of the HDFC ENet upload");
    }

    @Test
    void aReverseFileNotSignedByTheBankIsReportedAndNotApplied() throws Exception {
        long company = company();
        long account = bankAccount(company);
        String run = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        PaymentBatch batch = batches.createVendorBatch(company, account, today, "GENERIC_CSV", List.of(
                new BillToPay(bill(company, "F" + run, "4720.00"), null, null, "50100099990003", "HDFC0001234", null,
                        null)), "ravi");
        String reference = "LK" + batch.id() + "-1";
        byte[] forged = ("CUSTOMER_REFERENCE,STATUS,UTR,VALUE_DATE,REASON\n" + reference + ",PAID,FAKEN26001000001,"
                + today + ",\n").getBytes(StandardCharsets.US_ASCII);
        PgpKeys.GeneratedKeys impostor = PgpKeys.generate("Impostor <x@evil.test>", new char[0], 2048,
                java.util.Date.from(java.time.Instant.now()));
        byte[] sealed = new PgpEnvelope(PgpKeys.readSecretKeyRing(impostor.secretKeyRing()), new char[0])
                .seal(forged, "ACK-" + run + ".csv", ours.publicKey(), true, java.time.Instant.now());
        java.nio.file.Path planted = bank.sftpRoot().resolve("outbox").resolve("ACK-" + run + ".csv.asc");
        Files.write(planted, sealed);
        try {
            AcknowledgementPoll.PollResult result = poll.poll();

            assertThat(result.errors()).singleElement().asString().startsWith("ACK-" + run + ".csv.asc: the message is"
                    + " signed by key").contains("which is not the bank's key");
            assertThat(batches.instructions(company, batch.id())).extracting(PaymentInstruction::status, PaymentInstruction::utr)
                    .containsExactly(tuple(InstructionStatus.PENDING, null));
            assertThat(batches.acknowledgementNameApplied("ACK-" + run + ".csv")).isFalse();
        } finally {
            Files.delete(planted);
        }
    }

    private long company() {
        List<Long> ids = jdbc.queryForList("select id from company where pan = ?", Long.class, PAN);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values"
                + " ('Payment Files Test Private Limited', ?, false, false, current_timestamp)", PAN);
        return jdbc.queryForObject("select id from company where pan = ?", Long.class, PAN);
    }

    private long bankAccount(long company) {
        List<Long> ids = jdbc.queryForList("select id from bank_account where company_id = ?", Long.class, company);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        jdbc.update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?, '50200099887766',"
                + " 'HDFC0000060', 'HDFC Bank')", company);
        return jdbc.queryForObject("select id from bank_account where company_id = ?", Long.class, company);
    }

    private long bill(long company, String number, String total) {
        jdbc.update("insert into purchase_invoice (company_id, supplier_gstin, supplier_name, doc_type, doc_number,"
                + " doc_date, financial_year, return_period, place_of_supply, reverse_charge, taxable_value, igst, cgst,"
                + " sgst, cess, total, itc_eligibility, received_at) values (?, '29AAACG1234F1Z5', 'Ganesh Traders', 'INV',"
                + " ?, date '2026-10-01', '2026-27', '102026', '29', false, ?, 0, 0, 0, 0, ?, 'INPUTS', current_timestamp)",
                company, number, new BigDecimal(total), new BigDecimal(total));
        return jdbc.queryForObject("select id from purchase_invoice where company_id = ? and doc_number = ?", Long.class,
                company, number);
    }
}
