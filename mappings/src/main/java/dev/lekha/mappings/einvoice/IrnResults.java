package dev.lekha.mappings.einvoice;

import dev.lekha.connectors.nic.CancelledIrn;
import dev.lekha.connectors.nic.EwayBill;
import dev.lekha.connectors.nic.IrnDetails;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Reads the IRP's answers into Lekha's records. The IRP writes times as {@code yyyy-MM-dd HH:mm:ss}
 * in IST without a zone; they are read in Asia/Kolkata and kept as instants.
 */
public final class IrnResults {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter IRP_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern IRN = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern ACK_NO = Pattern.compile("[0-9]{15}");

    private IrnResults() {
    }

    /**
     * The answer to Generate IRN or Get IRN.
     *
     * @throws UnreadableIrpResponseException when a required field is missing or a date or number is
     *                                        not in the IRP's format
     */
    public static RegisteredIrn registered(IrnDetails details) {
        if (details == null) {
            throw new UnreadableIrpResponseException("the IRP returned no IRN details");
        }
        String irn = required(details.irn(), "Irn", "?");
        if (!IRN.matcher(irn).matches()) {
            throw new UnreadableIrpResponseException("Irn '" + irn + "' is not 64 hex characters");
        }
        if (details.ackNo() == null) {
            throw new UnreadableIrpResponseException("AckNo is missing for IRN " + irn);
        }
        String ackNo = details.ackNo().toString();
        if (!ACK_NO.matcher(ackNo).matches()) {
            throw new UnreadableIrpResponseException("AckNo " + ackNo + " of IRN " + irn + " is not 15 digits");
        }
        Instant ackDate = time(required(details.ackDt(), "AckDt", irn), "AckDt", irn);
        String status = details.status() == null ? RegisteredIrn.ACTIVE : details.status();
        if (!status.equals(RegisteredIrn.ACTIVE) && !status.equals(RegisteredIrn.CANCELLED)) {
            throw new UnreadableIrpResponseException("Status '" + status + "' of IRN " + irn + " is neither ACT nor CNL");
        }
        String ewbNo = details.ewbNo() == null ? null : details.ewbNo().toString();
        Instant ewbDate = details.ewbDt() == null ? null : time(details.ewbDt(), "EwbDt", irn);
        Instant validTill = details.ewbValidTill() == null ? null : time(details.ewbValidTill(), "EwbValidTill", irn);
        if (ewbNo != null && ewbDate == null) {
            throw new UnreadableIrpResponseException("EwbDt is missing for e-way bill " + ewbNo + " of IRN " + irn);
        }
        return new RegisteredIrn(irn, ackNo, ackDate, required(details.signedInvoice(), "SignedInvoice", irn),
                required(details.signedQrCode(), "SignedQRCode", irn), status, ewbNo, ewbDate, validTill);
    }

    /**
     * The answer to Generate e-way bill by IRN.
     *
     * @param irn the IRN it was asked for, for messages
     * @throws UnreadableIrpResponseException when the number or its date is missing or malformed
     */
    public static GeneratedEwayBill ewayBill(EwayBill answer, String irn) {
        if (answer == null || answer.ewbNo() == null) {
            throw new UnreadableIrpResponseException("EwbNo is missing in the e-way bill answer for IRN " + irn);
        }
        Instant date = time(required(answer.ewbDt(), "EwbDt", irn), "EwbDt", irn);
        Instant validTill = answer.ewbValidTill() == null ? null : time(answer.ewbValidTill(), "EwbValidTill", irn);
        return new GeneratedEwayBill(answer.ewbNo().toString(), date, validTill, answer.remarks());
    }

    /** When the IRN was cancelled, from the answer to Cancel IRN. */
    public static Instant cancelledAt(CancelledIrn answer) {
        if (answer == null) {
            throw new UnreadableIrpResponseException("the IRP returned no cancellation details");
        }
        return time(required(answer.cancelDate(), "CancelDate", answer.irn()), "CancelDate", answer.irn());
    }

    /** {@code 2025-04-01 14:05:09} in IST. */
    static Instant time(String text, String field, String irn) {
        try {
            return LocalDateTime.parse(text.trim(), IRP_TIME).atZone(IST).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnreadableIrpResponseException(field + " '" + text + "' of IRN " + irn
                    + " is not the IRP's yyyy-MM-dd HH:mm:ss (IST)", e);
        }
    }

    private static String required(String value, String field, String irn) {
        if (value == null || value.isBlank()) {
            throw new UnreadableIrpResponseException(field + " is missing in the IRP's answer for IRN " + irn);
        }
        return value;
    }
}
