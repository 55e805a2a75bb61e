package dev.lekha.routes.drops;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileConstants;
import org.apache.camel.component.file.FileEndpoint;
import org.springframework.stereotype.Component;

/**
 * One route per declared {@link DropChannel} ({@code drop-<channel>}): scans {@code inbox/<channel>/}
 * and hands each complete file to {@link DropReception}, which moves it out of the inbox. The
 * consumer itself never moves or deletes ({@code noop}), so a file whose processing failed for an
 * infrastructure reason stays in the inbox and is taken again at the next scan.
 */
@Component
public class DropRoutes extends RouteBuilder {

    private final List<DropChannel> channels;
    private final DropReception reception;
    private final DropSettings settings;

    public DropRoutes(List<DropChannel> channels, DropReception reception, DropSettings settings) {
        this.channels = channels;
        this.reception = reception;
        this.settings = settings;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.ERROR, "Drop ${routeId}: ${header.CamelFileName} stays in the inbox and will be "
                        + "retried: ${exception.message}");

        for (DropChannel channel : channels) {
            reception.createFolders(channel.name());
            String uri = "file:" + settings.inbox(channel.name()).toAbsolutePath().normalize()
                    + "?noop=true&idempotent=false&recursive=false&sortBy=file:modified"
                    + "&delay=" + settings.pollDelay().toMillis() + "&initialDelay=" + settings.pollDelay().toMillis();
            FileEndpoint inbox = getContext().getEndpoint(uri, FileEndpoint.class);
            inbox.setFilter(new CompleteFileFilter(settings.minAge(), Clock.systemUTC()));
            from(inbox)
                    .routeId("drop-" + channel.name())
                    .process(exchange -> reception.receive(channel,
                            Path.of(exchange.getIn().getHeader(FileConstants.FILE_PATH, String.class))));
        }
    }
}
