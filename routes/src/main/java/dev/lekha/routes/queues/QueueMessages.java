package dev.lekha.routes.queues;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON body every Lekha queue message has, with its required {@code messageId}. */
@Component
public class QueueMessages {

    private final JsonMapper json;

    public QueueMessages(JsonMapper json) {
        this.json = json;
    }

    /**
     * Parses a message body.
     *
     * @throws UnprocessableMessageException when the body is empty, not a JSON object, or has no
     *         non-blank string {@code messageId}
     */
    public Received read(String queue, String body) {
        if (body == null || body.isBlank()) {
            throw new UnprocessableMessageException("Empty message on " + queue
                    + ": expected a JSON object with a messageId");
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw new UnprocessableMessageException("Malformed JSON on " + queue + ": "
                    + e.getOriginalMessage() + " (" + location(e) + ")", e);
        }
        if (node == null || !node.isObject()) {
            throw new UnprocessableMessageException("Message on " + queue + " is not a JSON object");
        }
        JsonNode id = node.get("messageId");
        if (id == null || !id.isString() || id.asString().isBlank()) {
            throw new UnprocessableMessageException("Message on " + queue
                    + " has no messageId: every message needs a unique string messageId so it is processed once");
        }
        if (id.asString().length() > 200) {
            throw new UnprocessableMessageException("messageId on " + queue + " is longer than 200 characters");
        }
        return new Received(id.asString(), node);
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "position unknown"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** A parsed message: its id and its whole JSON object. */
    public record Received(String messageId, JsonNode body) {
    }
}
