package dev.lekha.domain.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Files the jobs produce (returns, registers, reports): stored in a local folder by default,
 * recorded with kind, company, period, job execution, SHA-256 and size.
 */
public interface ArtifactStore {

    /** Writes the content through {@code writer}, computing SHA-256 and size on the way, and records it. */
    StoredArtifact store(NewArtifact artifact, ContentWriter writer);

    Optional<StoredArtifact> find(long id);

    /** Opens the stored bytes; the caller closes the stream. */
    InputStream open(long id) throws IOException;

    /** Newest first; null filters match everything. */
    List<StoredArtifact> search(Long companyId, String kind, String period);

    /** Artifacts made by one Spring Batch job execution. */
    List<StoredArtifact> forJobExecution(long jobExecutionId);

    @FunctionalInterface
    interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
