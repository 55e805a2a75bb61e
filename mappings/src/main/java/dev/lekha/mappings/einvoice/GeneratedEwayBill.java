package dev.lekha.mappings.einvoice;

import java.time.Instant;
import java.util.Objects;

/**
 * An e-way bill the IRP generated for an IRN.
 *
 * @param ewbNo     12 digits; never null
 * @param ewbDate   never null
 * @param validTill null when only Part A was given (no vehicle yet)
 * @param remarks   the IRP's remarks, or null
 */
public record GeneratedEwayBill(String ewbNo, Instant ewbDate, Instant validTill, String remarks) {

    public GeneratedEwayBill {
        Objects.requireNonNull(ewbNo, "ewbNo must not be null");
        Objects.requireNonNull(ewbDate, "ewbDate must not be null");
    }
}
