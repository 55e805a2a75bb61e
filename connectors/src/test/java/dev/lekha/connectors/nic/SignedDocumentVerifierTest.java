package dev.lekha.connectors.nic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignedDocumentVerifierTest {

    // The header of a real IRP signed QR code
    static final String KID = "EDC57DE1358B300BA9F79340A6696831F3C85047";
    static final String X5T = "7cV94TWLMAup95NApmloMfPIUEc";
    static final String QR_DATA = "{\"SellerGstin\":\"01AMBPG7773M002\",\"BuyerGstin\":\"29AWGPV7107B1Z1\","
            + "\"DocNo\":\"DOC/002\",\"DocTyp\":\"INV\",\"DocDt\":\"17/09/2020\",\"TotInvVal\":118000.50,\"ItemCnt\":2,"
            + "\"MainHsnCode\":\"1001\",\"Irn\":\"a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229\","
            + "\"IrnDt\":\"2020-09-17 14:37:00\"}";

    static KeyPair irpKeys;
    static KeyPair otherKeys;
    static SignedDocumentVerifier verifier;

    @BeforeAll
    static void keys() {
        irpKeys = TestKeys.rsa();
        otherKeys = TestKeys.rsa();
        verifier = new SignedDocumentVerifier(TestKeys.selfSigned(irpKeys, "NIC IRP signing (test)"));
    }

    static String sign(KeyPair keys, String data) throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KID).type(JOSEObjectType.JWT)
                .x509CertThumbprint(new Base64URL(X5T)).build();
        SignedJWT jwt = new SignedJWT(header, new JWTClaimsSet.Builder().claim("data", data).issuer("NIC").build());
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    @Test
    void verifiesAnIrpSignedQrCodeAndReadsItsClaims() throws Exception {
        SignedDocument document = verifier.verify(sign(irpKeys, QR_DATA));

        assertThat(document.valid()).isTrue();
        assertThat(document.issuer()).isEqualTo("NIC");
        assertThat(document.kid()).isEqualTo(KID);
        assertThat(document.data()).isEqualTo(QR_DATA);
        assertThat(document.verifiedData()).isEqualTo(QR_DATA);
    }

    @Test
    void aTamperedPayloadDoesNotVerify() throws Exception {
        String[] parts = sign(irpKeys, QR_DATA).split("\\.");
        String forged = QR_DATA.replace("118000.50", "1180.50");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new JWTClaimsSet.Builder().claim("data", forged).issuer("NIC").build().toString()
                        .getBytes(StandardCharsets.UTF_8));

        SignedDocument document = verifier.verify(parts[0] + "." + payload + "." + parts[2]);

        assertThat(document.valid()).isFalse();
        assertThat(document.data()).isEqualTo(forged);
        assertThatThrownBy(document::verifiedData).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTokenSignedByAnotherKeyDoesNotVerify() throws Exception {
        SignedDocument document = verifier.verify(sign(otherKeys, QR_DATA));

        assertThat(document.valid()).isFalse();
        assertThat(document.kid()).isEqualTo(KID);
    }

    @Test
    void otherAlgorithmsAndGarbageNeverVerify() throws Exception {
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                new JWTClaimsSet.Builder().claim("data", QR_DATA).issuer("NIC").build());
        hmac.sign(new MACSigner(new byte[32]));
        String unsigned = new PlainJWT(new JWTClaimsSet.Builder().claim("data", QR_DATA).build()).serialize();

        assertThat(verifier.verify(hmac.serialize()).valid()).isFalse();
        assertThat(verifier.verify(unsigned).valid()).isFalse();
        assertThat(verifier.verify("not.a.jws").valid()).isFalse();
        assertThat(verifier.verify("")).isEqualTo(new SignedDocument(false, null, null, null));
        assertThat(verifier.verify(null).valid()).isFalse();
    }

    @Test
    void readsTheTenFieldsOfTheQrPayload() {
        SignedQrCode qr = SignedQrCode.fromVerifiedData(QR_DATA);

        assertThat(qr.sellerGstin()).isEqualTo("01AMBPG7773M002");
        assertThat(qr.buyerGstin()).isEqualTo("29AWGPV7107B1Z1");
        assertThat(qr.docNo()).isEqualTo("DOC/002");
        assertThat(qr.docTyp()).isEqualTo("INV");
        assertThat(qr.docDt()).isEqualTo("17/09/2020");
        assertThat(qr.totInvVal()).isEqualTo(new BigDecimal("118000.50"));
        assertThat(qr.itemCnt()).isEqualTo(2);
        assertThat(qr.mainHsnCode()).isEqualTo("1001");
        assertThat(qr.irn()).isEqualTo("a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229");
        assertThat(qr.irnDt()).isEqualTo("2020-09-17 14:37:00");
        assertThat(qr.documentDate()).isEqualTo(LocalDate.of(2020, 9, 17));
        assertThat(qr.irnDateTime()).isEqualTo(LocalDateTime.of(2020, 9, 17, 14, 37));
    }

    @Test
    void rejectsDataThatIsNotAQrPayload() {
        assertThatThrownBy(() -> SignedQrCode.fromVerifiedData("{\"Irn\":")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedQrCode.fromVerifiedData("{\"DocNo\":\"1\",\"ItemCnt\":1}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Irn");
        assertThatThrownBy(() -> SignedQrCode.fromVerifiedData(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
