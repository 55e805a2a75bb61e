package dev.lekha.connectors.nic.sandbox;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox's two key pairs, kept apart as on the IRP: the ENCRYPTION pair (clients encrypt the login
 * payload with its public key, which users download from the portal) and the SIGNING pair with a
 * self-signed X.509 certificate (signs invoices and QR codes; clients verify with the certificate).
 * Immutable and thread-safe.
 */
public final class IrpSandboxKeys {

    static final String ENCRYPTION_PRIVATE = "encryption-private-key.pem";
    static final String ENCRYPTION_PUBLIC = "encryption-public-key.pem";
    static final String SIGNING_PRIVATE = "signing-private-key.pem";
    static final String SIGNING_CERTIFICATE = "signing-certificate.pem";

    private final KeyPair encryption;
    private final PrivateKey signingKey;
    private final X509Certificate signingCertificate;
    private final String encryptionPublicKeyPem;
    private final String signingCertificatePem;
    private final String thumbprintHex;
    private final byte[] thumbprint;

    private IrpSandboxKeys(KeyPair encryption, PrivateKey signingKey, X509Certificate signingCertificate) {
        this.encryption = encryption;
        this.signingKey = signingKey;
        this.signingCertificate = signingCertificate;
        this.encryptionPublicKeyPem = pem(encryption.getPublic());
        this.signingCertificatePem = pem(signingCertificate);
        try {
            this.thumbprint = MessageDigest.getInstance("SHA-1").digest(signingCertificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot fingerprint the signing certificate", e);
        }
        this.thumbprintHex = HexFormat.of().formatHex(thumbprint).toUpperCase(Locale.ROOT);
    }

    /** Fresh keys in memory (for tests); never returns null. */
    public static IrpSandboxKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair encryption = generator.generateKeyPair();
            KeyPair signing = generator.generateKeyPair();
            return new IrpSandboxKeys(encryption, signing.getPrivate(), selfSigned(signing));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot generate the sandbox keys", e);
        }
    }

    /**
     * The keys kept in {@code dir} as PEM files, created there on first use so that clients configured
     * with the downloaded public key keep working across restarts. {@code dir} is created if missing.
     *
     * @throws UncheckedIOException when the directory or a file cannot be read or written
     */
    public static IrpSandboxKeys loadOrCreate(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
            if (Files.exists(dir.resolve(ENCRYPTION_PRIVATE)) && Files.exists(dir.resolve(SIGNING_PRIVATE))
                    && Files.exists(dir.resolve(SIGNING_CERTIFICATE))) {
                return load(dir);
            }
            IrpSandboxKeys keys = generate();
            write(dir.resolve(ENCRYPTION_PRIVATE), pkcs8(keys.encryption.getPrivate()), true);
            write(dir.resolve(ENCRYPTION_PUBLIC), keys.encryptionPublicKeyPem, false);
            write(dir.resolve(SIGNING_PRIVATE), pkcs8(keys.signingKey), true);
            write(dir.resolve(SIGNING_CERTIFICATE), keys.signingCertificatePem, false);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the NIC sandbox keys in " + dir, e);
        }
    }

    private static IrpSandboxKeys load(Path dir) throws IOException {
        try {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            PrivateKey encryptionPrivate = converter.getPrivateKey(privateKeyInfo(read(dir.resolve(ENCRYPTION_PRIVATE))));
            PrivateKey signingPrivate = converter.getPrivateKey(privateKeyInfo(read(dir.resolve(SIGNING_PRIVATE))));
            X509Certificate certificate;
            try (PEMParser parser = new PEMParser(new StringReader(read(dir.resolve(SIGNING_CERTIFICATE))))) {
                certificate = new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) parser.readObject());
            }
            PublicKey encryptionPublic = publicKeyOf(encryptionPrivate);
            return new IrpSandboxKeys(new KeyPair(encryptionPublic, encryptionPrivate), signingPrivate, certificate);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IOException("the sandbox key files in " + dir + " are not the expected PEM keys; delete them to"
                    + " have new ones generated", e);
        }
    }

    private static PrivateKeyInfo privateKeyInfo(String pem) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (object instanceof PEMKeyPair pair) {
                return pair.getPrivateKeyInfo();
            }
            return (PrivateKeyInfo) object;
        }
    }

    private static PublicKey publicKeyOf(PrivateKey privateKey) throws GeneralSecurityException {
        java.security.interfaces.RSAPrivateCrtKey crt = (java.security.interfaces.RSAPrivateCrtKey) privateKey;
        return java.security.KeyFactory.getInstance("RSA").generatePublic(
                new java.security.spec.RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    }

    private static X509Certificate selfSigned(KeyPair pair) throws OperatorCreationException, GeneralSecurityException {
        X500Name name = new X500Name("CN=NIC Sandbox e-Invoice Signing, O=Lekha Sandbox, C=IN");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()).abs(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String pkcs8(PrivateKey key) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(new JcaPKCS8Generator(key, null));
        }
        return out.toString();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII);
    }

    private static void write(Path file, String content, boolean secret) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            if (secret) {
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the directory's ACL is all there is.
                }
            }
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The encryption public key as PEM ({@code -----BEGIN PUBLIC KEY-----}), what clients use for login. */
    public String encryptionPublicKeyPem() {
        return encryptionPublicKeyPem;
    }

    /** The signing certificate as PEM, with which clients verify SignedInvoice and SignedQRCode. */
    public String signingCertificatePem() {
        return signingCertificatePem;
    }

    /** The encryption public key. */
    public RSAPublicKey encryptionPublicKey() {
        return (RSAPublicKey) encryption.getPublic();
    }

    /** The signing certificate. */
    public X509Certificate signingCertificate() {
        return signingCertificate;
    }

    /** Upper-case hex SHA-1 thumbprint of the signing certificate (the JWS {@code kid}). */
    public String signingThumbprintHex() {
        return thumbprintHex;
    }

    /** Base64url SHA-1 thumbprint of the signing certificate (the JWS {@code x5t}). */
    public String signingThumbprintBase64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(thumbprint);
    }

    PrivateKey encryptionPrivateKey() {
        return encryption.getPrivate();
    }

    PrivateKey signingPrivateKey() {
        return signingKey;
    }

    /** DER of the certificate, for callers that need the bytes. */
    byte[] signingCertificateDer() {
        try {
            return signingCertificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
