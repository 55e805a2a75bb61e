package dev.lekha.hub.artifacts;

/** No artifact has that id. */
public class UnknownArtifactException extends RuntimeException {
    public UnknownArtifactException(long id) {
        super("No artifact with id " + id);
    }
}
