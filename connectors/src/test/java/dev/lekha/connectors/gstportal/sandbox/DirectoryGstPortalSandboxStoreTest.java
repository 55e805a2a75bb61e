package dev.lekha.connectors.gstportal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryGstPortalSandboxStoreTest {

    @TempDir
    Path dir;

    @Test
    void returnsSurviveANewStoreOnTheSameFolder() {
        GstPortalSandboxStore first = GstPortalSandboxStore.directory(dir);
        first.putReturn(new SavedReturn("27AAPFU0939F1ZV", "gstr1", "042025", "{\"fp\":\"042025\"}",
                SavedReturn.State.FILED, "AA2704250000014", Instant.parse("2025-05-05T04:30:00Z")));

        GstPortalSandboxStore second = GstPortalSandboxStore.directory(dir);

        assertThat(second.findReturn("27AAPFU0939F1ZV", "gstr1", "042025")).contains(new SavedReturn(
                "27AAPFU0939F1ZV", "gstr1", "042025", "{\"fp\":\"042025\"}", SavedReturn.State.FILED,
                "AA2704250000014", Instant.parse("2025-05-05T04:30:00Z")));
        assertThat(second.arns()).containsExactly("AA2704250000014");
        assertThat(second.findReturn("27AAPFU0939F1ZV", "gstr3b", "042025")).isEmpty();
    }

    @Test
    void servesA2bDroppedIntoTheFolderByHand() throws Exception {
        GstPortalSandboxStore store = GstPortalSandboxStore.directory(dir);
        Files.writeString(dir.resolve("gstr2b").resolve("27AAPFU0939F1ZV_042025_1.json"), "{\"p\":1}",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gstr2b").resolve("27AAPFU0939F1ZV_042025_2.json"), "{\"p\":2}",
                StandardCharsets.UTF_8);

        assertThat(store.findGstr2b("27AAPFU0939F1ZV", "042025")).contains(List.of("{\"p\":1}", "{\"p\":2}"));
        assertThat(store.findGstr2b("27AAPFU0939F1ZV", "052025")).isEmpty();
    }

    @Test
    void sandboxContinuesArnNumberingAfterRestart() {
        GstPortalSandboxStore store = GstPortalSandboxStore.directory(dir);
        store.putReturn(new SavedReturn("27AAPFU0939F1ZV", "gstr1", "042025", "{}", SavedReturn.State.FILED,
                "AA2704250000014", Instant.EPOCH));

        assertThat(ArnFormat.sequence(store.arns().get(0))).isEqualTo(1);
        assertThatThrownBy(() -> store.findReturn("../x", "gstr1", "042025")).isInstanceOf(IllegalArgumentException.class);
    }
}
