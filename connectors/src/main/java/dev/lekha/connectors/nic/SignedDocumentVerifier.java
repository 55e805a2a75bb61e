package dev.lekha.connectors.nic;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies the IRP's signed invoice and signed QR code: compact JWS tokens signed RS256 with the IRP's
 * signing key (a different key from the one logins are encrypted with), header like
 * {@code {"alg":"RS256","kid":"EDC5…","typ":"JWT","x5t":"7cV9…"}} and claims {@code {"data":"<JSON text>",
 * "iss":"NIC"}}.
 *
 * <p>Fails closed: any other algorithm (including {@code none} and HMAC), a bad signature or an unparseable
 * token gives {@code valid=false}; it never throws for a bad token. The {@code kid} is reported, not
 * enforced, so a certificate renewal only needs the new certificate configured. Thread-safe.
 */
public final class SignedDocumentVerifier {

    private final RSASSAVerifier verifier;

    /**
     * @param irpSigningCertificate the IRP's signing certificate (NIC publishes it per environment); must
     *                              hold an RSA key of at least 2048 bits
     */
    public SignedDocumentVerifier(X509Certificate irpSigningCertificate) {
        Objects.requireNonNull(irpSigningCertificate, "irpSigningCertificate");
        if (!(irpSigningCertificate.getPublicKey() instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException("The IRP signing certificate must hold an RSA key, it holds "
                    + irpSigningCertificate.getPublicKey().getAlgorithm());
        }
        this.verifier = new RSASSAVerifier(rsa);
    }

    /**
     * Verifies {@code compactJws} and reads its claims.
     *
     * @return never null; {@link SignedDocument#valid()} says whether to trust it
     */
    public SignedDocument verify(String compactJws) {
        if (compactJws == null || compactJws.isBlank()) {
            return new SignedDocument(false, null, null, null);
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(compactJws.strip());
        } catch (ParseException notAJws) {
            return new SignedDocument(false, null, null, null);
        }
        String kid = jwt.getHeader().getKeyID();
        String issuer = null;
        String data = null;
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            issuer = claims.getIssuer();
            data = dataClaim(claims.getClaim("data"));
        } catch (ParseException unreadableClaims) {
            return new SignedDocument(false, null, null, kid);
        }
        return new SignedDocument(signatureVerifies(jwt), issuer, data, kid);
    }

    private boolean signatureVerifies(SignedJWT jwt) {
        // The algorithm is pinned, not taken from the header, so a token cannot choose a weaker check.
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return false;
        }
        try {
            return jwt.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static String dataClaim(Object claim) {
        if (claim == null || claim instanceof String) {
            return (String) claim;
        }
        // The IRP sends data as a JSON string; should a signer embed the object itself, keep it as JSON text.
        if (claim instanceof Map<?, ?> map) {
            return JSONObjectUtils.toJSONString((Map<String, ?>) map);
        }
        return String.valueOf(claim);
    }
}
