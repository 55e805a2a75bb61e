package dev.lekha.routes.drops;

import dev.lekha.domain.inbound.InboundFile;
import dev.lekha.domain.inbound.InboundFileStatus;
import dev.lekha.domain.inbound.InboundFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Takes one complete file out of an inbox: records it, hands it to its channel's handler, then moves
 * it to {@code archive/<channel>/YYYY/MM/DD/} or to {@code rejected/<channel>/} with a
 * {@code <file>.error.txt} beside it. Content already archived is archived again as a duplicate
 * without a second import.
 *
 * <p>When recording or moving fails (database or disk down), the exception propagates and the file
 * stays in the inbox to be taken again at the next scan.
 */
@Service
public class DropReception {

    private static final Logger log = LoggerFactory.getLogger(DropReception.class);
    private static final DateTimeFormatter DAY_FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final InboundFiles inboundFiles;
    private final DropSettings settings;
    private final Clock clock;

    public DropReception(InboundFiles inboundFiles, DropSettings settings, Clock clock) {
        this.inboundFiles = inboundFiles;
        this.settings = settings;
        this.clock = clock;
    }

    /** Creates the inbox, archive and rejected folders of a channel. */
    public void createFolders(String channel) {
        try {
            Files.createDirectories(settings.inbox(channel));
            Files.createDirectories(settings.archive(channel));
            Files.createDirectories(settings.rejected(channel));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the drop folders of channel '" + channel + "' under "
                    + settings.dir().toAbsolutePath() + ": check lekha.drops.dir and its permissions", e);
        }
    }

    /**
     * Processes one file of {@code channel}'s inbox.
     *
     * @return the file's record, after processing
     */
    public InboundFile receive(DropChannel channel, Path file) {
        byte[] content = read(file);
        String sha256 = sha256(content);
        String fileName = file.getFileName().toString();
        Instant now = clock.instant();

        Optional<InboundFile> known = inboundFiles.findByChannelAndSha256(channel.name(), sha256);
        if (known.isPresent() && known.get().getStatus() == InboundFileStatus.ARCHIVED) {
            return archiveDuplicate(channel, file, known.get());
        }
        InboundFile record = known.map(earlier -> {
            earlier.receivedAgain(fileName, now);
            return earlier;
        }).orElseGet(() -> new InboundFile(channel.name(), fileName, sha256, content.length, now));
        try {
            record = inboundFiles.saveAndFlush(record);
        } catch (DataIntegrityViolationException takenElsewhere) {
            log.info("Drop {}: {} (sha256 {}) is already being taken by another node; leaving it",
                    channel.name(), fileName, sha256);
            return inboundFiles.findByChannelAndSha256(channel.name(), sha256).orElseThrow();
        }

        List<String> problems;
        boolean internal = false;
        try {
            DropOutcome outcome = channel.handler().handle(fileName, content);
            Path archived = moveTo(file, settings.archive(channel.name()).resolve(today()));
            record.archived(relative(archived), outcome.documentsCount(), outcome.companyId(), clock.instant());
            record = inboundFiles.save(record);
            deleteMarker(file);
            log.info("Drop {}: {} imported ({} documents), archived as {}", channel.name(), fileName,
                    outcome.documentsCount(), relative(archived));
            return record;
        } catch (DropRejectedException rejection) {
            problems = rejection.problems();
        } catch (RuntimeException unexpected) {
            log.error("Drop {}: internal error importing {}", channel.name(), fileName, unexpected);
            internal = true;
            problems = List.of(unexpected.getClass().getName() + ": " + unexpected.getMessage());
        }
        Path rejected = moveTo(file, settings.rejected(channel.name()));
        String report = errorReport(channel.name(), fileName, sha256, problems, internal);
        write(rejected.resolveSibling(rejected.getFileName() + ".error.txt"), report);
        record.rejected(relative(rejected), report, clock.instant());
        record = inboundFiles.save(record);
        deleteMarker(file);
        log.warn("Drop {}: {} rejected with {} problem(s), see {}.error.txt", channel.name(), fileName,
                problems.size(), relative(rejected));
        return record;
    }

    private InboundFile archiveDuplicate(DropChannel channel, Path file, InboundFile earlier) {
        Path archived = moveTo(file, settings.archive(channel.name()).resolve(today()));
        earlier.duplicateReceived();
        InboundFile saved = inboundFiles.save(earlier);
        deleteMarker(file);
        log.info("Drop {}: {} has the same content as inbound file #{} ({}, imported {}); archived as {} "
                        + "without importing it again", channel.name(), file.getFileName(), earlier.getId(),
                earlier.getFileName(), earlier.getProcessedAt(), relative(archived));
        return saved;
    }

    private String errorReport(String channel, String fileName, String sha256, List<String> problems,
                               boolean internal) {
        List<String> lines = new ArrayList<>();
        lines.add("File:     " + fileName);
        lines.add("Channel:  " + channel);
        lines.add("SHA-256:  " + sha256);
        lines.add("Rejected: " + clock.instant());
        lines.add("");
        if (internal) {
            lines.add("Lekha hit an internal error while importing this file; nothing was imported.");
            lines.add("The file's content may well be fine: retry by moving the file back into inbox/"
                    + channel + "/. If it fails again, report this error:");
            problems.forEach(p -> lines.add("  " + p));
        } else {
            lines.add("Nothing was imported: the file was rejected because of " + problems.size()
                    + " problem(s):");
            problems.forEach(p -> lines.add("  - " + p));
            lines.add("");
            lines.add("Fix the file and drop it into inbox/" + channel + "/ again.");
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private String today() {
        return DAY_FOLDER.format(clock.instant().atZone(clock.getZone()));
    }

    /** Moves {@code file} into {@code folder}, adding {@code -1}, {@code -2}, ... before the extension if taken. */
    private static Path moveTo(Path file, Path folder) {
        try {
            Files.createDirectories(folder);
            String name = file.getFileName().toString();
            Path target = folder.resolve(name);
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            for (int n = 1; Files.exists(target); n++) {
                target = folder.resolve(stem + "-" + n + ext);
            }
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " into " + folder, e);
        }
    }

    private String relative(Path path) {
        return settings.dir().toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    private static void deleteMarker(Path file) {
        try {
            Files.deleteIfExists(CompleteFileFilter.markerOf(file.toFile()).toPath());
        } catch (IOException e) {
            log.warn("Could not delete the .done marker of {}: {}", file, e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dropped file " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
