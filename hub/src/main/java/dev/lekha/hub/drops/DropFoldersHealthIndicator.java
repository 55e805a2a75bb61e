package dev.lekha.hub.drops;

import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code drops}: DOWN when an inbox, archive or rejected folder of a declared
 * channel is missing or not writable (files would pile up unprocessed).
 */
@Component("dropsHealthIndicator")
public class DropFoldersHealthIndicator extends AbstractHealthIndicator {

    private final DropSettings settings;
    private final List<DropChannel> channels;

    public DropFoldersHealthIndicator(DropSettings settings, List<DropChannel> channels) {
        super("Drop folders check failed");
        this.settings = settings;
        this.channels = channels;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<String> unusable = new ArrayList<>();
        for (DropChannel channel : channels) {
            for (Path folder : List.of(settings.inbox(channel.name()), settings.archive(channel.name()),
                    settings.rejected(channel.name()))) {
                if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
                    unusable.add(settings.dir().relativize(folder).toString());
                }
            }
        }
        builder.withDetail("dir", settings.dir().toAbsolutePath().normalize().toString())
                .withDetail("channels", channels.stream().map(DropChannel::name).toList());
        if (unusable.isEmpty()) {
            builder.up();
        } else {
            builder.down().withDetail("notWritable", unusable);
        }
    }
}
