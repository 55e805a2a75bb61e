package dev.lekha.domain.security;

import java.time.Instant;

/**
 * A recorded security event.
 *
 * @param source        where it came from: a username, a webhook path, a token prefix
 * @param detail        what happened, without secrets
 * @param remoteAddress the client address, may be null
 */
public record SecurityEvent(long id, Instant occurredAt, SecurityEventKind kind, String source, String detail,
                            String remoteAddress) {
}
