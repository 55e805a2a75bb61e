package dev.lekha.domain.artifact;

import java.io.IOException;
import java.io.InputStream;

/**
 * Storage SPI behind {@link ArtifactStore}: holds the bytes under a key, while the artifact table
 * holds what they are. The local folder store is the default; an S3-compatible store is another
 * implementation selected by {@code lekha.artifacts.store}.
 */
public interface ArtifactContentStorage {

    /**
     * Writes the content under {@code key}, all or nothing: a failed write leaves nothing behind.
     *
     * @return the SHA-256 (lowercase hex) and size of what was written
     * @throws IOException when the content cannot be written; nothing is stored then
     */
    WrittenContent write(String key, ArtifactStore.ContentWriter writer) throws IOException;

    /** Opens the bytes stored under {@code key}; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes the bytes under {@code key} if present (used when the recording transaction rolls back). */
    void delete(String key) throws IOException;

    /** @param sha256 lowercase hex digest of the stored bytes */
    record WrittenContent(String sha256, long sizeBytes) {
    }
}
