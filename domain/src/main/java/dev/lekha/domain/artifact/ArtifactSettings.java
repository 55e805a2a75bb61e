package dev.lekha.domain.artifact;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where artifact content lives ({@code lekha.artifacts.*}).
 *
 * @param store which {@link ArtifactContentStorage} holds the bytes: {@code local} (default) keeps them
 *              under {@code dir}; another store (S3-compatible) plugs in by registering its own storage
 *              bean for its value
 * @param dir   root folder of the local store; the hub sets it to {@code ${lekha.data-dir}/artifacts}
 */
@ConfigurationProperties("lekha.artifacts")
public record ArtifactSettings(String store, Path dir) {

    public ArtifactSettings {
        store = store == null || store.isBlank() ? "local" : store;
        dir = dir == null ? Path.of("data", "artifacts") : dir;
    }
}
