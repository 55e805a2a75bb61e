package dev.lekha.routes.drops;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * File drop folders ({@code lekha.drops.*}).
 *
 * @param dir       root of the drop folders: {@code inbox/}, {@code archive/} and {@code rejected/} below it
 *                  (the hub sets {@code ${lekha.data-dir}/drops})
 * @param pollDelay how often each inbox is scanned
 * @param minAge    a file without a {@code .done} marker is taken only once it has not changed for this long
 *                  and its size stayed the same between two scans
 */
@ConfigurationProperties("lekha.drops")
public record DropSettings(
        @DefaultValue("./data/drops") Path dir,
        @DefaultValue("1s") Duration pollDelay,
        @DefaultValue("3s") Duration minAge) {

    public Path inbox(String channel) {
        return dir.resolve("inbox").resolve(channel);
    }

    public Path archive(String channel) {
        return dir.resolve("archive").resolve(channel);
    }

    public Path rejected(String channel) {
        return dir.resolve("rejected").resolve(channel);
    }
}
