package dev.lekha.routes.queues;

/** No message with that id waits in the dead-letter queue (already replayed or discarded?). */
public class DeadLetterNotFoundException extends RuntimeException {

    public DeadLetterNotFoundException(String queue, String id) {
        super("No dead letter with id '" + id + "' in " + LekhaQueues.deadLetterQueue(queue)
                + ": it may have been replayed or discarded already; reload the list");
    }
}
