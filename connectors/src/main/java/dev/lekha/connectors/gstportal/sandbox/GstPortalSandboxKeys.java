package dev.lekha.connectors.gstportal.sandbox;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * The sandbox portal's RSA key pair: clients encrypt app_key with its public key (configured in sandbox mode as
 * GSTN's key is in live mode). Immutable and thread-safe.
 */
public final class GstPortalSandboxKeys {

    static final String PRIVATE_FILE = "gst-sandbox-private-key.pem";
    static final String PUBLIC_FILE = "gst-sandbox-public-key.pem";

    private final KeyPair pair;
    private final String publicKeyPem;

    private GstPortalSandboxKeys(KeyPair pair) {
        this.pair = pair;
        this.publicKeyPem = pem(pair.getPublic());
    }

    /** A fresh 2048-bit pair in memory (tests); never null. */
    public static GstPortalSandboxKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new GstPortalSandboxKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation not available", e);
        }
    }

    /**
     * The pair kept in {@code dir} ({@value #PRIVATE_FILE}, owner-only, and {@value #PUBLIC_FILE}), created there on
     * first use so clients configured with the public key keep working across restarts.
     */
    public static GstPortalSandboxKeys loadOrCreate(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path privateFile = dir.resolve(PRIVATE_FILE);
        try {
            if (Files.exists(privateFile)) {
                try (PEMParser parser = new PEMParser(new StringReader(Files.readString(privateFile,
                        StandardCharsets.US_ASCII)))) {
                    Object read = parser.readObject();
                    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
                    if (read instanceof PEMKeyPair keyPair) {
                        return new GstPortalSandboxKeys(converter.getKeyPair(keyPair));
                    }
                    throw new IllegalStateException(privateFile + " does not hold an RSA key pair");
                }
            }
            GstPortalSandboxKeys keys = generate();
            Files.createDirectories(dir);
            write(privateFile, pem(keys.pair), true);
            write(dir.resolve(PUBLIC_FILE), keys.publicKeyPem, false);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or create the GST sandbox keys in " + dir, e);
        }
    }

    /** The key clients encrypt app_key with; never null. */
    public PublicKey publicKey() {
        return pair.getPublic();
    }

    /** The public key as {@code -----BEGIN PUBLIC KEY-----} PEM; never null. */
    public String publicKeyPem() {
        return publicKeyPem;
    }

    PrivateKey privateKey() {
        return pair.getPrivate();
    }

    private static void write(Path file, String text, boolean secret) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        if (secret) {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own ACL applies
            }
        }
        Files.writeString(temp, text, StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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

}
