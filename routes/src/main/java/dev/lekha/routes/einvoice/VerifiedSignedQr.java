package dev.lekha.routes.einvoice;

import dev.lekha.connectors.nic.SignedDocument;
import dev.lekha.connectors.nic.SignedDocumentVerifier;
import dev.lekha.connectors.nic.SignedQrCode;
import org.springframework.stereotype.Component;

/** {@link SignedQrFields} that only trusts a QR whose RS256 signature verifies against the IRP signing certificate. */
@Component
public class VerifiedSignedQr implements SignedQrFields {

    private final SignedDocumentVerifier verifier;

    public VerifiedSignedQr(SignedDocumentVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Fields read(String signedQrCode) {
        if (signedQrCode == null || signedQrCode.isBlank()) {
            throw new IllegalArgumentException("the IRP returned no signed QR code");
        }
        SignedDocument signed = verifier.verify(signedQrCode);
        if (!signed.valid()) {
            throw new IllegalArgumentException("the signed QR code does not verify against the IRP signing certificate");
        }
        SignedQrCode qr = SignedQrCode.fromVerifiedData(signed.verifiedData());
        return new Fields(qr.sellerGstin(), qr.buyerGstin(), qr.docNo(), qr.totInvVal());
    }
}
