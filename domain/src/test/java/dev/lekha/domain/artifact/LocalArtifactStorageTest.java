package dev.lekha.domain.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalArtifactStorageTest {

    @TempDir
    Path root;

    @Test
    void writesContentUnderItsKeyWithSha256AndSize() throws IOException {
        // given
        LocalArtifactStorage storage = new LocalArtifactStorage(new ArtifactSettings("local", root));

        // when
        var written = storage.write("1/SALES_REGISTER_XLSX/2026/11/x-abc.txt",
                out -> out.write("abc".getBytes(StandardCharsets.US_ASCII)));

        // then: SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(written.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(written.sizeBytes()).isEqualTo(3);
        try (InputStream in = storage.open("1/SALES_REGISTER_XLSX/2026/11/x-abc.txt")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("abc");
        }
    }

    @Test
    void failedWriteLeavesNoFileBehind() throws IOException {
        // given
        LocalArtifactStorage storage = new LocalArtifactStorage(new ArtifactSettings("local", root));

        // when
        assertThatThrownBy(() -> storage.write("1/K/2026/11/broken.txt", out -> {
            out.write(1);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        // then
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void refusesKeysThatLeaveTheStore() {
        LocalArtifactStorage storage = new LocalArtifactStorage(new ArtifactSettings("local", root));

        assertThatThrownBy(() -> storage.write("../escape.txt", out -> out.write(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the store");
    }
}
