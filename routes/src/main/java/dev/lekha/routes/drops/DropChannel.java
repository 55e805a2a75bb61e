package dev.lekha.routes.drops;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Declares a drop channel: files put into {@code inbox/<name>/} are handed to {@code handler} once
 * complete, then archived or rejected. Declare one as a bean; {@link DropRoutes} starts a route for it.
 *
 * @param name    the channel, as in CONTRACTS.md ({@code sales-invoices}, {@code bank-statements}, ...)
 * @param handler imports one file, all or nothing
 */
public record DropChannel(String name, DropHandler handler) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public DropChannel {
        Objects.requireNonNull(handler, "handler");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Drop channel name '" + name
                    + "' must be lowercase letters, digits and '-' (at most 60), e.g. sales-invoices");
        }
    }

    /** Imports one dropped file. */
    @FunctionalInterface
    public interface DropHandler {

        /**
         * Imports the file in one transaction.
         *
         * @param fileName the file's name (no folder)
         * @param content  its bytes
         * @return what was imported
         * @throws DropRejectedException when the content is wrong; nothing may have been imported
         */
        DropOutcome handle(String fileName, byte[] content);
    }
}
