package dev.lekha.connectors.gstportal.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link GstPortalSandboxStore} on disk (see {@link GstPortalSandboxStore#directory}); read on every lookup, so a
 * 2B dropped into the folder is served at once. Writes replace their file atomically.
 */
final class DirectoryGstPortalSandboxStore implements GstPortalSandboxStore {

    private static final Pattern KEY_PART = Pattern.compile("[0-9A-Za-z]{1,20}");

    private final Path returnsDir;
    private final Path gstr2bDir;
    private final JsonMapper json = JsonMapper.builder().build();

    DirectoryGstPortalSandboxStore(Path dir) {
        Objects.requireNonNull(dir, "dir");
        this.returnsDir = dir.resolve("returns");
        this.gstr2bDir = dir.resolve("gstr2b");
        try {
            Files.createDirectories(returnsDir);
            Files.createDirectories(gstr2bDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the GST sandbox folders under " + dir, e);
        }
    }

    @Override
    public synchronized Optional<SavedReturn> findReturn(String gstin, String returnType, String period) {
        Path file = returnsDir.resolve(name(gstin, returnType, period) + ".json");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(file.toFile(), SavedReturn.class));
    }

    @Override
    public synchronized void putReturn(SavedReturn saved) {
        write(returnsDir.resolve(name(saved.gstin(), saved.returnType(), saved.period()) + ".json"),
                json.writeValueAsString(saved));
    }

    @Override
    public synchronized Optional<List<String>> findGstr2b(String gstin, String period) {
        String base = name(gstin, period);
        try {
            Path single = gstr2bDir.resolve(base + ".json");
            if (Files.exists(single)) {
                return Optional.of(List.of(Files.readString(single, StandardCharsets.UTF_8)));
            }
            List<String> parts = new ArrayList<>();
            for (int n = 1; Files.exists(gstr2bDir.resolve(base + "_" + n + ".json")); n++) {
                parts.add(Files.readString(gstr2bDir.resolve(base + "_" + n + ".json"), StandardCharsets.UTF_8));
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(parts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GST sandbox 2B " + base, e);
        }
    }

    @Override
    public synchronized void putGstr2b(String gstin, String period, List<String> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a GSTR-2B needs at least one file");
        }
        String base = name(gstin, period);
        if (files.size() == 1) {
            write(gstr2bDir.resolve(base + ".json"), files.get(0));
        } else {
            for (int n = 1; n <= files.size(); n++) {
                write(gstr2bDir.resolve(base + "_" + n + ".json"), files.get(n - 1));
            }
        }
    }

    @Override
    public synchronized List<String> arns() {
        List<String> arns = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(returnsDir, "*.json")) {
            for (Path file : files) {
                String arn = json.readValue(file.toFile(), SavedReturn.class).arn();
                if (arn != null) {
                    arns.add(arn);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + returnsDir, e);
        }
        return arns;
    }

    private static String name(String... parts) {
        for (String part : parts) {
            if (part == null || !KEY_PART.matcher(part).matches()) {
                throw new IllegalArgumentException("refusing '" + part + "' as part of a file name");
            }
        }
        return String.join("_", parts);
    }

    private static void write(Path file, String text) {
        try {
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
