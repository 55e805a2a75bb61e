package dev.lekha.domain.gstr2b;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A GSTR-2B statement to store: its header, the SHA-256 of the file it came from, and its documents.
 * Built by the drop (or the portal connector) from what the mappings read.
 */
public record Gstr2bStatementData(Gstin gstin, GstReturnPeriod period, String version, LocalDate generatedOn,
                                  String checksum, String fileSha256, List<Document> documents) {

    public Gstr2bStatementData {
        Objects.requireNonNull(gstin, "gstin must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(checksum, "checksum must not be null");
        Objects.requireNonNull(fileSha256, "fileSha256 must not be null");
        documents = List.copyOf(documents);
    }

    /** One document, with the 2B's field meanings (see the mappings' {@code Gstr2bDocument}). */
    public record Document(String section, boolean rejected, String supplierGstin, String supplierName,
                           String supplierPeriod, LocalDate supplierFiledOn, String documentType, String invoiceType,
                           String number, LocalDate date, BigDecimal value, String placeOfSupply,
                           boolean reverseCharge, BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst,
                           BigDecimal sgst, BigDecimal cess, String itcAvailable, String itcReason, String imsAction,
                           String originalNumber, LocalDate originalDate, String portCode, LocalDate referenceDate,
                           boolean amendment) {
    }
}
