package dev.lekha.routes.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.lekha.domain.inbound.InboundFile;
import dev.lekha.domain.inbound.InboundFileStatus;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.routes.TestCollaborators;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@LekhaIntegrationTest
class DropsIT {

    static final String CHANNEL = TestCollaborators.PROBE_CHANNEL;

    @Autowired DropSettings settings;
    @Autowired InboundFiles inboundFiles;
    @Autowired JdbcTemplate jdbc;
    // the archive folder is the day in Asia/Kolkata (the hub clock), not the JVM's default zone
    @Autowired Clock clock;

    @Test
    void validFileIsImportedAndArchivedByDayWithItsRecord() throws IOException {
        // given a complete file announced by its .done marker
        String name = "valid-" + UUID.randomUUID() + ".txt";
        byte[] content = "ok-7\nok-8".getBytes(StandardCharsets.UTF_8);
        drop(name, content, true);

        // when it has been taken
        InboundFile file = awaitProcessed(content);

        // then the rows are imported, the file archived under today's folder, the marker gone
        assertThat(file.getStatus()).isEqualTo(InboundFileStatus.ARCHIVED);
        assertThat(file.getDocumentsCount()).isEqualTo(2);
        assertThat(file.getSizeBytes()).isEqualTo(9);
        String day = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        assertThat(file.getArchivedPath()).isEqualTo("archive/" + CHANNEL + "/" + day + "/" + name);
        assertThat(settings.dir().resolve(file.getArchivedPath())).hasBinaryContent(content);
        assertThat(settings.inbox(CHANNEL).resolve(name)).doesNotExist();
        assertThat(settings.inbox(CHANNEL).resolve(name + ".done")).doesNotExist();
        assertThat(probeRows(name)).isEqualTo(2);
    }

    @Test
    void sameContentDroppedAgainIsArchivedWithoutASecondImport() throws IOException {
        String tag = UUID.randomUUID().toString();
        byte[] content = ("ok-1\nok-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        drop("first-" + tag + ".txt", content, true);
        InboundFile first = awaitProcessed(content);
        long rowsAfterFirst = jdbc.queryForObject("select count(*) from drop_probe", Long.class);

        // when the same bytes arrive under another name
        drop("again-" + tag + ".txt", content, true);

        // then it is archived as a duplicate: one record, duplicate counted, no new rows
        await().atMost(Duration.ofSeconds(10)).until(() -> inboundFiles.findById(first.getId()).orElseThrow()
                .getDuplicatesCount() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.notExists(settings.inbox(CHANNEL)
                .resolve("again-" + tag + ".txt")));
        assertThat(jdbc.queryForObject("select count(*) from drop_probe", Long.class)).isEqualTo(rowsAfterFirst);
        assertThat(jdbc.queryForObject("select count(*) from inbound_file where sha256 = ?", Long.class,
                DropReception.sha256(content))).isEqualTo(1);
        String day = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        assertThat(settings.archive(CHANNEL).resolve(day).resolve("again-" + tag + ".txt")).hasBinaryContent(content);
    }

    @Test
    void growingFileIsTakenOnlyOnceItStopsGrowing() throws IOException, InterruptedException {
        // given a file written in two parts, the second after a pause shorter than min-age (700 ms)
        String name = "growing-" + UUID.randomUUID() + ".txt";
        byte[] part1 = "ok-1\n".getBytes(StandardCharsets.UTF_8);
        byte[] part2 = "ok-2".getBytes(StandardCharsets.UTF_8);
        Path file = settings.inbox(CHANNEL).resolve(name);
        Files.write(file, part1);
        Thread.sleep(300); // the writer is slow: several scans (every 100 ms) see the half-written file
        Files.write(file, part2, StandardOpenOption.APPEND);
        byte[] whole = "ok-1\nok-2".getBytes(StandardCharsets.UTF_8);

        // when it has been taken
        InboundFile taken = awaitProcessed(whole);

        // then the whole file was imported once, never its first half
        assertThat(taken.getStatus()).isEqualTo(InboundFileStatus.ARCHIVED);
        assertThat(taken.getDocumentsCount()).isEqualTo(2);
        assertThat(inboundFiles.findByChannelAndSha256(CHANNEL, DropReception.sha256(part1))).isEmpty();
        assertThat(probeRows(name)).isEqualTo(2);
        assertThat(settings.dir().resolve(taken.getArchivedPath())).hasBinaryContent(whole);
    }

    @Test
    void badFileIsRejectedWithItsProblemsRowByRowAndNothingIsImported() throws IOException {
        // given a file whose rows 2 and 4 are wrong (row 1 and 3 would be inserted before the problems are known)
        String name = "bad-" + UUID.randomUUID() + ".txt";
        byte[] content = "ok-1\nnot-ok\nok-3\nok-x".getBytes(StandardCharsets.UTF_8);
        long probeBefore = jdbc.queryForObject("select count(*) from drop_probe", Long.class);
        drop(name, content, true);

        // when
        InboundFile rejected = awaitProcessed(content);

        // then the file lies in rejected/ with its error report, and the database has no new probe rows
        assertThat(rejected.getStatus()).isEqualTo(InboundFileStatus.REJECTED);
        assertThat(rejected.getArchivedPath()).isEqualTo("rejected/" + CHANNEL + "/" + name);
        assertThat(settings.rejected(CHANNEL).resolve(name)).hasBinaryContent(content);
        String report = Files.readString(settings.rejected(CHANNEL).resolve(name + ".error.txt"));
        assertThat(report.lines()).contains(
                "File:     " + name,
                "Nothing was imported: the file was rejected because of 2 problem(s):",
                "  - row 2: value: 'not-ok' is not ok-<number>",
                "  - row 4: value: 'ok-x' is not ok-<number>",
                "Fix the file and drop it into inbox/" + CHANNEL + "/ again.");
        assertThat(rejected.getErrorText()).isEqualTo(report);
        assertThat(jdbc.queryForObject("select count(*) from drop_probe", Long.class)).isEqualTo(probeBefore);
        assertThat(probeRows(name)).isZero();
        assertThat(settings.inbox(CHANNEL).resolve(name)).doesNotExist();
    }

    @Test
    void unexpectedFailureRejectsTheFileAsAnInternalErrorThatCanBeRetried() throws IOException {
        String name = "internal-" + UUID.randomUUID() + ".txt";
        byte[] content = ("ok-1\nboom\n" + name).getBytes(StandardCharsets.UTF_8);
        drop(name, content, true);

        InboundFile rejected = awaitProcessed(content);

        assertThat(rejected.getStatus()).isEqualTo(InboundFileStatus.REJECTED);
        String report = Files.readString(settings.rejected(CHANNEL).resolve(name + ".error.txt"));
        assertThat(report).contains("Lekha hit an internal error while importing this file; nothing was imported.",
                "retry by moving the file back into inbox/" + CHANNEL + "/",
                "java.lang.IllegalStateException: probe store unavailable");
        assertThat(probeRows(name)).isZero();
    }

    private void drop(String name, byte[] content, boolean withMarker) throws IOException {
        Files.write(settings.inbox(CHANNEL).resolve(name), content);
        if (withMarker) {
            Files.createFile(settings.inbox(CHANNEL).resolve(name + ".done"));
        }
    }

    private InboundFile awaitProcessed(byte[] content) {
        String sha = DropReception.sha256(content);
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> inboundFiles.findByChannelAndSha256(CHANNEL, sha).orElse(null),
                        f -> f != null && f.getStatus() != InboundFileStatus.RECEIVED);
    }

    private long probeRows(String fileName) {
        return jdbc.queryForObject("select count(*) from drop_probe where file_name = ?", Long.class, fileName);
    }
}
