package dev.lekha.domain.payment;

import dev.lekha.domain.ledger.JournalEntry.Posting;
import dev.lekha.domain.ledger.StandardAccount;
import dev.lekha.domain.ledger.StandardAccounts;
import dev.lekha.domain.openitem.OpenItemType;
import dev.lekha.domain.openitem.OpenItems;
import dev.lekha.domain.openitem.Settlement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment batches from creation to the bank's answer. A batch is approved by someone other than whoever created
 * it; a paid vendor payment settles its purchase invoice (Dr trade payables, Cr the bank account's ledger) once,
 * keyed by the payment's reference, so an acknowledgement read twice changes nothing.
 */
@Component
public class PaymentBatches {

    /** The source type of the settlements and journal entries a paid payment makes (with our reference as id). */
    public static final String SOURCE_TYPE = "PAYMENT";

    private static final String BATCH_COLUMNS = "id, company_id, bank_account_id, kind, status, payment_date, layout,"
            + " total_amount, instruction_count, file_name, file_sha256, file_artifact_id, delivery_error, created_by,"
            + " created_at, approved_by, approved_at, sent_at";
    private static final String INSTRUCTION_COLUMNS = "id, batch_id, line_no, our_reference, beneficiary_name,"
            + " account_number, ifsc, mode, amount, narration, beneficiary_email, payee_ref, purchase_invoice_id, status,"
            + " utr, bank_reason, settled_on";

    private final JdbcTemplate jdbc;
    private final OpenItems openItems;
    private final StandardAccounts standardAccounts;
    private final Clock clock;

    public PaymentBatches(JdbcTemplate jdbc, OpenItems openItems, StandardAccounts standardAccounts, Clock clock) {
        this.jdbc = jdbc;
        this.openItems = openItems;
        this.standardAccounts = standardAccounts;
        this.clock = clock;
    }

    /**
     * A vendor batch paying open purchase invoices of the company.
     *
     * @throws InvalidPaymentBatchException naming the row and field of every problem; nothing is stored
     */
    @Transactional
    public PaymentBatch createVendorBatch(long companyId, long bankAccountId, LocalDate paymentDate, String layout,
                                          List<BillToPay> bills, String createdBy) {
        List<FieldProblem> problems = new ArrayList<>();
        List<NewPayment> payments = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < bills.size(); i++) {
            int row = i + 1;
            BillToPay bill = bills.get(i);
            if (!seen.add(bill.purchaseInvoiceId())) {
                problems.add(new FieldProblem(row, "purchaseInvoiceId", bill.purchaseInvoiceId() + " is listed twice"));
                continue;
            }
            List<Map<String, Object>> found = jdbc.queryForList("select supplier_name, doc_number from purchase_invoice"
                    + " where id = ? and company_id = ?", bill.purchaseInvoiceId(), companyId);
            if (found.isEmpty()) {
                problems.add(new FieldProblem(row, "purchaseInvoiceId", "company " + companyId
                        + " has no purchase invoice " + bill.purchaseInvoiceId()));
                continue;
            }
            BigDecimal open = openItems.outstanding(companyId, OpenItemType.PURCHASE_INVOICE, bill.purchaseInvoiceId())
                    .subtract(inFlight(bill.purchaseInvoiceId()));
            BigDecimal amount = bill.amount() == null ? open : bill.amount();
            if (open.signum() <= 0) {
                problems.add(new FieldProblem(row, "purchaseInvoiceId", "purchase invoice " + bill.purchaseInvoiceId()
                        + " has nothing left to pay (settled, or already in another batch)"));
                continue;
            }
            if (amount.compareTo(open) > 0) {
                problems.add(new FieldProblem(row, "amount", amount.toPlainString() + " is more than the "
                        + open.toPlainString() + " still to pay on purchase invoice " + bill.purchaseInvoiceId()));
                continue;
            }
            String name = bill.beneficiaryName() != null ? bill.beneficiaryName() : (String) found.get(0).get("supplier_name");
            PaymentMode mode = bill.mode() != null ? bill.mode()
                    : amount.compareTo(PaymentRules.RTGS_MINIMUM) >= 0 ? PaymentMode.RTGS : PaymentMode.NEFT;
            String narration = narration("BILL " + found.get(0).get("doc_number"));
            payments.add(new NewPayment(name, bill.accountNumber(), bill.ifsc(), mode, amount, narration,
                    bill.beneficiaryEmail(), null, bill.purchaseInvoiceId()));
            problems.addAll(PaymentRules.check(row, name, bill.accountNumber(), bill.ifsc(), mode, amount, narration));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPaymentBatchException(problems);
        }
        return insert(companyId, bankAccountId, BatchKind.VENDOR, paymentDate, layout, payments, createdBy);
    }

    /**
     * A salary batch (or any batch of payments not tied to bills).
     *
     * @throws InvalidPaymentBatchException naming the row and field of every problem; nothing is stored
     */
    @Transactional
    public PaymentBatch createSalaryBatch(long companyId, long bankAccountId, LocalDate paymentDate, String layout,
                                          List<NewPayment> payments, String createdBy) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < payments.size(); i++) {
            NewPayment p = payments.get(i);
            problems.addAll(PaymentRules.check(i + 1, p.beneficiaryName(), p.accountNumber(), p.ifsc(), p.mode(),
                    p.amount(), p.narration()));
            if (p.purchaseInvoiceId() != null) {
                problems.add(new FieldProblem(i + 1, "purchaseInvoiceId", "a salary payment pays no purchase invoice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPaymentBatchException(problems);
        }
        return insert(companyId, bankAccountId, BatchKind.SALARY, paymentDate, layout, payments, createdBy);
    }

    private PaymentBatch insert(long companyId, long bankAccountId, BatchKind kind, LocalDate paymentDate, String layout,
                                List<NewPayment> payments, String createdBy) {
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(layout, "layout");
        if (payments.isEmpty()) {
            throw new InvalidPaymentBatchException(List.of(new FieldProblem(0, "payments", "a batch needs at least one payment")));
        }
        Integer accounts = jdbc.queryForObject("select count(*) from bank_account where id = ? and company_id = ?",
                Integer.class, bankAccountId, companyId);
        if (accounts == null || accounts == 0) {
            throw new InvalidPaymentBatchException(List.of(new FieldProblem(0, "bankAccountId", "company " + companyId
                    + " has no bank account " + bankAccountId)));
        }
        BigDecimal total = payments.stream().map(NewPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY);
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into payment_batch (company_id, bank_account_id, kind, status,"
                    + " payment_date, layout, total_amount, instruction_count, created_by, created_at, updated_at)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?)", new String[] {"id"});
            ps.setLong(1, companyId);
            ps.setLong(2, bankAccountId);
            ps.setString(3, kind.name());
            ps.setString(4, BatchStatus.DRAFT.name());
            ps.setDate(5, Date.valueOf(paymentDate));
            ps.setString(6, layout);
            ps.setBigDecimal(7, total);
            ps.setInt(8, payments.size());
            ps.setString(9, createdBy);
            ps.setTimestamp(10, Timestamp.from(now));
            ps.setTimestamp(11, Timestamp.from(now));
            return ps;
        }, keys);
        long batchId = keys.getKey().longValue();
        for (int i = 0; i < payments.size(); i++) {
            NewPayment p = payments.get(i);
            jdbc.update("insert into payment_instruction (company_id, batch_id, line_no, our_reference, beneficiary_name,"
                            + " account_number, ifsc, mode, amount, narration, beneficiary_email, payee_ref,"
                            + " purchase_invoice_id, status, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    companyId, batchId, i + 1, reference(batchId, i + 1), p.beneficiaryName(), p.accountNumber(),
                    p.ifsc(), p.mode().name(), p.amount().setScale(2, RoundingMode.UNNECESSARY), p.narration(),
                    p.beneficiaryEmail(), p.payeeRef(), p.purchaseInvoiceId(), InstructionStatus.PENDING.name(),
                    Timestamp.from(now));
        }
        return find(companyId, batchId);
    }

    /**
     * Our reference for a payment: batch id and line, e.g. {@code LK12-3}. Batch ids are unique across companies,
     * so references are unique per company; at most 20 characters, the banks' customer-reference width.
     */
    static String reference(long batchId, int lineNo) {
        return "LK" + batchId + "-" + lineNo;
    }

    /** Approves a draft batch. Four eyes: whoever created it cannot approve it. */
    @Transactional
    public PaymentBatch approve(long companyId, long batchId, String approver) {
        PaymentBatch batch = lock(companyId, batchId);
        if (batch.status() != BatchStatus.DRAFT) {
            throw new PaymentBatchStateException("payment batch " + batchId + " is " + batch.status()
                    + "; only a DRAFT batch can be approved");
        }
        if (batch.createdBy().equalsIgnoreCase(approver)) {
            throw new PaymentBatchStateException("payment batch " + batchId + " was created by " + approver
                    + "; another user must approve it (four eyes)");
        }
        Instant now = clock.instant();
        jdbc.update("update payment_batch set status = ?, approved_by = ?, approved_at = ?, updated_at = ? where id = ?",
                BatchStatus.APPROVED.name(), approver, Timestamp.from(now), Timestamp.from(now), batchId);
        return find(companyId, batchId);
    }

    /** Checks that the batch may be (re)sent: approved, or written or sent before without an answer yet. */
    @Transactional(readOnly = true)
    public PaymentBatch readyToSend(long companyId, long batchId) {
        PaymentBatch batch = find(companyId, batchId);
        if (batch.status() != BatchStatus.APPROVED && batch.status() != BatchStatus.FILE_WRITTEN) {
            throw new PaymentBatchStateException("payment batch " + batchId + " is " + batch.status()
                    + "; only an APPROVED batch (or one whose file was written but not delivered) can be sent");
        }
        return batch;
    }

    /** How long a send may hold its claim before another may take over (a crashed node's claim expires). */
    static final java.time.Duration SEND_CLAIM = java.time.Duration.ofMinutes(10);

    /**
     * Claims the batch for one send: refused while another send of it is in progress, so the bank never gets the
     * same batch twice at once. {@link #sent} and {@link #deliveryFailed} release the claim.
     *
     * @throws PaymentBatchStateException when not sendable or being sent right now
     */
    @Transactional
    public PaymentBatch claimForSending(long companyId, long batchId) {
        readyToSend(companyId, batchId);
        Instant now = clock.instant();
        int claimed = jdbc.update("update payment_batch set send_claimed_at = ? where id = ? and company_id = ?"
                        + " and status in ('APPROVED', 'FILE_WRITTEN') and (send_claimed_at is null or send_claimed_at < ?)",
                Timestamp.from(now), batchId, companyId, Timestamp.from(now.minus(SEND_CLAIM)));
        if (claimed == 0) {
            throw new PaymentBatchStateException("payment batch " + batchId + " is being sent right now; look again in"
                    + " a minute");
        }
        return find(companyId, batchId);
    }

    /** Records the bank file written for the batch (status FILE_WRITTEN). */
    @Transactional
    public void fileWritten(long companyId, long batchId, String fileName, String sha256, Long artifactId) {
        readyToSend(companyId, batchId);
        jdbc.update("update payment_batch set status = ?, file_name = ?, file_sha256 = ?, file_artifact_id = ?,"
                        + " updated_at = ? where id = ?", BatchStatus.FILE_WRITTEN.name(), fileName, sha256, artifactId,
                Timestamp.from(clock.instant()), batchId);
    }

    /** The file reached the bank: batch SENT, its payments SENT, any earlier delivery error cleared. */
    @Transactional
    public void sent(long companyId, long batchId) {
        PaymentBatch batch = lock(companyId, batchId);
        if (batch.status() != BatchStatus.FILE_WRITTEN) {
            throw new PaymentBatchStateException("payment batch " + batchId + " is " + batch.status()
                    + "; its file must be written before it is sent");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("update payment_batch set status = ?, sent_at = ?, delivery_error = null, send_claimed_at = null,"
                + " updated_at = ? where id = ?", BatchStatus.SENT.name(), now, now, batchId);
        jdbc.update("update payment_instruction set status = ?, updated_at = ? where batch_id = ? and status = ?",
                InstructionStatus.SENT.name(), now, batchId, InstructionStatus.PENDING.name());
    }

    /** Keeps why writing or delivering the file failed, for the screen; the batch can be sent again. */
    @Transactional
    public void deliveryFailed(long companyId, long batchId, String error) {
        find(companyId, batchId);
        String text = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        jdbc.update("update payment_batch set delivery_error = ?, send_claimed_at = null, updated_at = ? where id = ?",
                text, Timestamp.from(clock.instant()), batchId);
    }

    /** Whether an acknowledgement file with this SHA-256 was already applied for the company. */
    @Transactional(readOnly = true)
    public boolean acknowledgementApplied(long companyId, String sha256) {
        Integer n = jdbc.queryForObject("select count(*) from payment_ack_file where company_id = ? and file_sha256 = ?",
                Integer.class, companyId, sha256);
        return n != null && n > 0;
    }

    /** Whether any batch was sent and still waits for (part of) the bank's answer: if none, nobody need poll. */
    @Transactional(readOnly = true)
    public boolean anyAwaitingAnswer() {
        Integer n = jdbc.queryForObject("select count(*) from payment_batch where status in ('SENT', 'ACKNOWLEDGED')",
                Integer.class);
        return n != null && n > 0;
    }

    /** Whether a reverse file of this name was already applied (for any company). */
    @Transactional(readOnly = true)
    public boolean acknowledgementNameApplied(String fileName) {
        Integer n = jdbc.queryForObject("select count(*) from payment_ack_file where file_name = ?", Integer.class, fileName);
        return n != null && n > 0;
    }

    /** The sent batch whose upload file had this name, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<PaymentBatch> findByFileName(String fileName) {
        return jdbc.query("select " + BATCH_COLUMNS + " from payment_batch where file_name = ? order by id desc",
                this::batch, fileName).stream().findFirst();
    }

    /** The company whose payment carries this reference, if any (an acknowledgement file names no company). */
    @Transactional(readOnly = true)
    public List<Long> companiesWithReference(String ourReference) {
        return jdbc.queryForList("select distinct company_id from payment_instruction where our_reference = ?",
                Long.class, ourReference);
    }

    /**
     * Applies the bank's answers: paid payments get their UTR and settle their bill, rejected ones their reason; each
     * batch touched gets its status from its payments. The same file (by SHA-256) applied again changes nothing, and
     * a payment already paid or rejected is left as it is.
     *
     * @throws InvalidPaymentBatchException when a line names a reference the company does not have, or a paid line has
     *                                      no UTR; nothing is applied
     */
    @Transactional
    public AcknowledgementApplied applyAcknowledgement(long companyId, String fileName, String sha256, Long artifactId,
                                                       List<BankOutcome> outcomes) {
        if (acknowledgementApplied(companyId, sha256)) {
            return new AcknowledgementApplied(true, 0, 0, 0, 0);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<PaymentInstruction> targets = new ArrayList<>();
        for (BankOutcome o : outcomes) {
            List<PaymentInstruction> found = jdbc.query("select " + INSTRUCTION_COLUMNS + " from payment_instruction"
                    + " where company_id = ? and our_reference = ? for update", this::instruction, companyId, o.ourReference());
            if (found.isEmpty()) {
                problems.add(new FieldProblem(o.row(), "customerReference", "'" + o.ourReference()
                        + "' is not a payment of company " + companyId));
            } else if (o.paid() && (o.utr() == null || o.utr().isBlank())) {
                problems.add(new FieldProblem(o.row(), "utr", "a paid line must carry the bank's UTR"));
            } else {
                targets.add(found.get(0));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPaymentBatchException(problems);
        }
        int paid = 0;
        int rejected = 0;
        int unchanged = 0;
        int settlements = 0;
        Set<Long> batches = new LinkedHashSet<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < outcomes.size(); i++) {
            BankOutcome o = outcomes.get(i);
            PaymentInstruction p = targets.get(i);
            if (p.status() == InstructionStatus.PAID || p.status() == InstructionStatus.REJECTED) {
                unchanged++;
                continue;
            }
            PaymentBatch batch = find(companyId, p.batchId());
            batches.add(p.batchId());
            if (o.paid()) {
                LocalDate on = o.valueDate() != null ? o.valueDate() : batch.paymentDate();
                jdbc.update("update payment_instruction set status = ?, utr = ?, bank_reason = null, settled_on = ?,"
                                + " updated_at = ? where id = ?", InstructionStatus.PAID.name(), o.utr(), Date.valueOf(on),
                        now, p.id());
                paid++;
                if (p.purchaseInvoiceId() != null) {
                    long bankLedger = bankLedger(companyId, batch.bankAccountId());
                    long payables = standardAccounts.idOf(companyId, StandardAccount.TRADE_PAYABLES);
                    var settled = openItems.settle(new Settlement(companyId, OpenItemType.PURCHASE_INVOICE,
                            p.purchaseInvoiceId(), p.amount(), on, SOURCE_TYPE, p.ourReference(),
                            "Payment " + p.ourReference() + " UTR " + o.utr() + " to " + p.beneficiaryName(),
                            List.of(Posting.debit(payables, p.amount()), Posting.credit(bankLedger, p.amount()))));
                    if (settled.created()) {
                        settlements++;
                    }
                }
            } else {
                String reason = o.reason() == null || o.reason().isBlank() ? "rejected by the bank (no reason given)" : o.reason();
                jdbc.update("update payment_instruction set status = ?, bank_reason = ?, updated_at = ? where id = ?",
                        InstructionStatus.REJECTED.name(), reason.length() > 500 ? reason.substring(0, 500) : reason,
                        now, p.id());
                rejected++;
            }
        }
        for (long batchId : batches) {
            jdbc.update("update payment_batch set status = ?, updated_at = ? where id = ?",
                    statusFromInstructions(batchId).name(), now, batchId);
        }
        jdbc.update("insert into payment_ack_file (company_id, file_name, file_sha256, artifact_id, lines, applied_at)"
                + " values (?,?,?,?,?,?)", companyId, fileName, sha256, artifactId, outcomes.size(), now);
        return new AcknowledgementApplied(false, paid, rejected, unchanged, settlements);
    }

    private BatchStatus statusFromInstructions(long batchId) {
        int open = 0;
        int paid = 0;
        int rejected = 0;
        for (String s : jdbc.queryForList("select status from payment_instruction where batch_id = ?", String.class, batchId)) {
            switch (InstructionStatus.valueOf(s)) {
                case PAID -> paid++;
                case REJECTED -> rejected++;
                default -> open++;
            }
        }
        if (open > 0) {
            return BatchStatus.ACKNOWLEDGED;
        }
        if (rejected == 0) {
            return BatchStatus.PAID;
        }
        return paid == 0 ? BatchStatus.REJECTED : BatchStatus.PARTLY_PAID;
    }

    /** The bank account's own ledger account, or the company's standard Bank account when it has none. */
    private long bankLedger(long companyId, long bankAccountId) {
        Long own = jdbc.queryForObject("select ledger_account_id from bank_account where id = ?", Long.class, bankAccountId);
        return own != null ? own : standardAccounts.idOf(companyId, StandardAccount.BANK);
    }

    /** What other batches already carry for the bill and the bank has not answered yet. */
    private BigDecimal inFlight(long purchaseInvoiceId) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from payment_instruction where purchase_invoice_id = ?"
                + " and status in ('PENDING', 'SENT')", BigDecimal.class, purchaseInvoiceId);
    }

    private static String narration(String text) {
        String clean = text.replaceAll("[^A-Za-z0-9 /\\-?:().'+]", " ").trim();
        return clean.length() > 30 ? clean.substring(0, 30) : clean;
    }

    /** @throws UnknownPaymentBatchException when the company has no such batch */
    @Transactional(readOnly = true)
    public PaymentBatch find(long companyId, long batchId) {
        return jdbc.query("select " + BATCH_COLUMNS + " from payment_batch where id = ? and company_id = ?",
                this::batch, batchId, companyId).stream().findFirst()
                .orElseThrow(() -> new UnknownPaymentBatchException(companyId, batchId));
    }

    private PaymentBatch lock(long companyId, long batchId) {
        return jdbc.query("select " + BATCH_COLUMNS + " from payment_batch where id = ? and company_id = ? for update",
                this::batch, batchId, companyId).stream().findFirst()
                .orElseThrow(() -> new UnknownPaymentBatchException(companyId, batchId));
    }

    /** The company's batches, newest first. */
    @Transactional(readOnly = true)
    public List<PaymentBatch> list(long companyId) {
        return jdbc.query("select " + BATCH_COLUMNS + " from payment_batch where company_id = ? order by id desc",
                this::batch, companyId);
    }

    /** The batch's payments in line order. */
    @Transactional(readOnly = true)
    public List<PaymentInstruction> instructions(long companyId, long batchId) {
        find(companyId, batchId);
        return jdbc.query("select " + INSTRUCTION_COLUMNS + " from payment_instruction where batch_id = ? order by line_no",
                this::instruction, batchId);
    }

    private PaymentBatch batch(ResultSet rs, int i) throws SQLException {
        return new PaymentBatch(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("bank_account_id"),
                BatchKind.valueOf(rs.getString("kind")), BatchStatus.valueOf(rs.getString("status")),
                rs.getDate("payment_date").toLocalDate(), rs.getString("layout"), rs.getBigDecimal("total_amount"),
                rs.getInt("instruction_count"), rs.getString("file_name"), rs.getString("file_sha256"),
                rs.getObject("file_artifact_id", Long.class), rs.getString("delivery_error"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("approved_by"), instant(rs, "approved_at"), instant(rs, "sent_at"));
    }

    private PaymentInstruction instruction(ResultSet rs, int i) throws SQLException {
        Date settled = rs.getDate("settled_on");
        return new PaymentInstruction(rs.getLong("id"), rs.getLong("batch_id"), rs.getInt("line_no"),
                rs.getString("our_reference"), rs.getString("beneficiary_name"), rs.getString("account_number"),
                rs.getString("ifsc"), PaymentMode.valueOf(rs.getString("mode")), rs.getBigDecimal("amount"),
                rs.getString("narration"), rs.getString("beneficiary_email"), rs.getString("payee_ref"),
                rs.getObject("purchase_invoice_id", Long.class), InstructionStatus.valueOf(rs.getString("status")),
                rs.getString("utr"), rs.getString("bank_reason"), settled == null ? null : settled.toLocalDate());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
