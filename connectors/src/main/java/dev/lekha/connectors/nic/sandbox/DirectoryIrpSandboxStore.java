package dev.lekha.connectors.nic.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link IrpSandboxStore} keeping one JSON file per IRN ({@code <irn>.json}) in a directory, so IRNs
 * registered in a demo survive a restart of the hub (and a resend is still 2150). Reads come from
 * memory, loaded at construction; each write replaces its file atomically.
 */
public final class DirectoryIrpSandboxStore extends InMemoryIrpSandboxStore {

    private final Path dir;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param dir directory of the IRN files; created if missing
     * @throws UncheckedIOException when it cannot be created or a file in it cannot be read
     */
    public DirectoryIrpSandboxStore(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                for (Path file : files) {
                    super.replace(json.readValue(file.toFile(), RegisteredIrn.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NIC sandbox IRNs from " + dir, e);
        }
    }

    @Override
    public RegisteredIrn putIfAbsent(RegisteredIrn registration) {
        RegisteredIrn existing = super.putIfAbsent(registration);
        if (existing == null) {
            write(registration);
        }
        return existing;
    }

    @Override
    public void replace(RegisteredIrn registration) {
        super.replace(registration);
        write(registration);
    }

    private void write(RegisteredIrn registration) {
        if (!registration.irn().matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not an IRN, refusing it as a file name: " + registration.irn());
        }
        Path file = dir.resolve(registration.irn() + ".json");
        try {
            Path temp = Files.createTempFile(dir, registration.irn(), ".tmp");
            Files.writeString(temp, json.writeValueAsString(registration));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
