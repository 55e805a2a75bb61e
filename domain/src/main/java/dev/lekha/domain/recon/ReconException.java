package dev.lekha.domain.recon;

/** A reconciliation action that cannot be done as asked (unknown line, line already matched, bad amount...). */
public class ReconException extends RuntimeException {

    public ReconException(String message) {
        super(message);
    }
}
