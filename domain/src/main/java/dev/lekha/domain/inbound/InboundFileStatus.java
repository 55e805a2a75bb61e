package dev.lekha.domain.inbound;

/** Where a dropped file is in its life: being read, imported and archived, or rejected with reasons. */
public enum InboundFileStatus {
    RECEIVED, ARCHIVED, REJECTED
}
