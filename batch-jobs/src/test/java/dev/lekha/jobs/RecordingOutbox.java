package dev.lekha.jobs;

import dev.lekha.domain.outbox.Outbox;
import dev.lekha.domain.outbox.OutboxMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Keeps what the jobs publish so tests can look at it. */
public class RecordingOutbox implements Outbox {

    private final List<OutboxMessage> messages = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public long publish(OutboxMessage message) {
        messages.add(message);
        return ids.incrementAndGet();
    }

    public List<OutboxMessage> messages() {
        return List.copyOf(messages);
    }
}
