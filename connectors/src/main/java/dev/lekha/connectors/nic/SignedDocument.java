package dev.lekha.connectors.nic;

/**
 * What {@link SignedDocumentVerifier} read from an IRP signed invoice or signed QR code (a compact JWS).
 * The other fields are filled whenever the token could be parsed, valid or not, so a person can see what
 * a bad token claimed; trust them only when {@link #valid()}.
 *
 * @param valid  true only when the token is RS256 and its signature verifies against the IRP certificate
 * @param issuer the {@code iss} claim (the IRP writes {@code NIC}), or null
 * @param data   the {@code data} claim: the signed invoice JSON or the QR payload JSON, or null
 * @param kid    the header's {@code kid} (the IRP's signing certificate thumbprint), or null
 */
public record SignedDocument(boolean valid, String issuer, String data, String kid) {

    /**
     * The {@code data} claim of a verified token.
     *
     * @throws IllegalStateException when the signature did not verify
     */
    public String verifiedData() {
        if (!valid) {
            throw new IllegalStateException("The IRP signature did not verify (kid " + kid + "): its data cannot be trusted");
        }
        return data;
    }
}
