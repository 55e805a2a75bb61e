package dev.lekha.connectors.nic.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs SignedInvoice and SignedQRCode as the IRP does: compact RS256 JWS, header
 * {@code {"alg":"RS256","kid":<hex SHA-1 thumbprint>,"typ":"JWT","x5t":<base64url SHA-1>}}, claims
 * {@code {"data":<JSON as a string>,"iss":"NIC Sandbox"}} (the real IRP's {@code iss} is "NIC").
 * One signer and header for the sandbox's life: RSASSASigner is thread-safe.
 */
final class IrpSandboxSigner {

    static final String ISSUER = "NIC Sandbox";

    private final RSASSASigner signer;
    private final JWSHeader header;

    @SuppressWarnings("deprecation") // x5t (SHA-1) is what the IRP puts in its header
    IrpSandboxSigner(IrpSandboxKeys keys) {
        this.signer = new RSASSASigner(keys.signingPrivateKey());
        this.header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keys.signingThumbprintHex())
                .type(JOSEObjectType.JWT)
                .x509CertThumbprint(new Base64URL(keys.signingThumbprintBase64Url()))
                .build();
    }

    /** Compact JWS of {@code dataJson}; never returns null. */
    String sign(String dataJson) {
        SignedJWT jwt = new SignedJWT(header, new JWTClaimsSet.Builder().claim("data", dataJson).issuer(ISSUER).build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the sandbox signing key", e);
        }
        return jwt.serialize();
    }
}
