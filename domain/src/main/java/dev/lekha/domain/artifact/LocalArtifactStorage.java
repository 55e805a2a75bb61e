package dev.lekha.domain.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps artifact bytes in a local folder ({@code lekha.artifacts.dir}). Content is written to a
 * temporary file beside its final place and moved there atomically, so a reader never sees half a
 * file; the SHA-256 is computed on the way through.
 */
@Component
@ConditionalOnProperty(name = "lekha.artifacts.store", havingValue = "local", matchIfMissing = true)
public class LocalArtifactStorage implements ArtifactContentStorage {

    private final Path root;

    public LocalArtifactStorage(ArtifactSettings settings) {
        this.root = settings.dir().toAbsolutePath().normalize();
    }

    @Override
    public WrittenContent write(String key, ArtifactStore.ContentWriter writer) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            MessageDigest sha256 = sha256();
            try (OutputStream file = Files.newOutputStream(temp);
                 DigestOutputStream out = new DigestOutputStream(file, sha256)) {
                writer.writeTo(out);
            }
            long size = Files.size(temp);
            moveIntoPlace(temp, target);
            return new WrittenContent(HexFormat.of().formatHex(sha256.digest()), size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        Path file = resolve(key);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null,
                    "artifact content missing from the local store " + root + " (was the folder moved or cleaned?)");
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Artifact key '" + key + "' points outside the store " + root);
        }
        return file;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
