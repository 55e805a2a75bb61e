package dev.lekha.connectors.banking;

import java.time.Instant;

/** A file in the bank's outbox. */
public record RemoteFile(String name, long size, Instant modified) {
}
