package dev.lekha.routes.queues;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.jms.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;

/**
 * The dead-letter queues, for people: list what is in each {@code DLQ.<queue>}, put one message back
 * on its queue (after the cause was fixed), or discard it.
 */
@Service
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int PREVIEW = 300;
    private static final long RECEIVE_TIMEOUT_MS = 2000;
    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,200})\"");
    /** Artemis' own property naming the queue a message was dead-lettered from. */
    private static final String ARTEMIS_ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

    private final JmsTemplate jms;

    public DeadLetters(ConnectionFactory connectionFactory) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.jms.setReceiveTimeout(RECEIVE_TIMEOUT_MS);
    }

    /** Messages in {@code DLQ.<queue>}, oldest first; {@code queue} must be a Lekha queue. */
    public List<DeadLetter> list(String queue) {
        String dlq = LekhaQueues.deadLetterQueue(LekhaQueues.requireKnown(queue));
        List<DeadLetter> letters = jms.browse(dlq, (session, browser) -> {
            List<DeadLetter> found = new ArrayList<>();
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                found.add(describe(queue, (Message) messages.nextElement()));
            }
            return found;
        });
        return letters == null ? List.of() : letters;
    }

    /** Every Lekha queue with its dead letters (empty lists included), in {@link LekhaQueues#ALL} order. */
    public Map<String, List<DeadLetter>> listAll() {
        Map<String, List<DeadLetter>> all = new LinkedHashMap<>();
        LekhaQueues.ALL.forEach(q -> all.put(q, list(q)));
        return Collections.unmodifiableMap(all);
    }

    /** How many messages wait in all dead-letter queues. */
    public int count() {
        return listAll().values().stream().mapToInt(List::size).sum();
    }

    /**
     * Moves one dead letter back onto {@code queue}, with its body and properties but a fresh delivery
     * count and without the dead-letter headers, in one broker transaction.
     *
     * @param id the broker id shown by {@link #list(String)}
     * @throws DeadLetterNotFoundException when no such message is in {@code DLQ.<queue>}
     */
    public void replay(String queue, String id) {
        take(queue, id, true);
    }

    /** Deletes one dead letter for good. @throws DeadLetterNotFoundException when it is not there */
    public void discard(String queue, String id) {
        take(queue, id, false);
    }

    private void take(String queue, String id, boolean replay) {
        String dlq = LekhaQueues.deadLetterQueue(LekhaQueues.requireKnown(queue));
        if (id == null || !id.matches("[A-Za-z0-9:_.-]{1,200}")) {
            throw new DeadLetterNotFoundException(queue, id);
        }
        Boolean found = jms.execute(session -> {
            Queue source = session.createQueue(dlq);
            try (MessageConsumer consumer = session.createConsumer(source, "JMSMessageID = '" + id + "'")) {
                Message message = consumer.receive(RECEIVE_TIMEOUT_MS);
                if (message == null) {
                    session.rollback();
                    return false;
                }
                if (replay) {
                    try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
                        producer.send(copyForReplay(session, message));
                    }
                }
                session.commit();
                return true;
            }
        }, true);
        if (!Boolean.TRUE.equals(found)) {
            throw new DeadLetterNotFoundException(queue, id);
        }
        log.info("Dead letter {} of {} {}", id, queue, replay ? "replayed onto " + queue : "discarded");
    }

    private static Message copyForReplay(Session session, Message original) throws JMSException {
        Message copy = original instanceof TextMessage text ? session.createTextMessage(text.getText())
                : session.createTextMessage(null);
        Enumeration<?> names = original.getPropertyNames();
        while (names.hasMoreElements()) {
            String name = (String) names.nextElement();
            if (name.startsWith("JMSX") || name.startsWith("_AMQ") || name.startsWith("lekhaDeadLetter")
                    || name.equals(QueueConsumerRoutes.ORIGINAL_QUEUE) || name.equals(QueueConsumerRoutes.DELIVERIES)
                    || name.equals(QueueConsumerRoutes.REASON)) {
                continue;
            }
            copy.setObjectProperty(name, original.getObjectProperty(name));
        }
        copy.setStringProperty("lekhaReplayedFrom", original.getJMSMessageID());
        return copy;
    }

    private static DeadLetter describe(String queue, Message message) throws JMSException {
        String body = message instanceof TextMessage text ? text.getText() : null;
        String reason = message.getStringProperty(QueueConsumerRoutes.REASON);
        if (reason == null) {
            reason = "Moved by the broker after the maximum number of deliveries (no reason recorded)";
        }
        String original = message.getStringProperty(QueueConsumerRoutes.ORIGINAL_QUEUE);
        if (original == null) {
            original = message.getStringProperty(ARTEMIS_ORIGINAL_QUEUE);
        }
        int deliveries = message.propertyExists(QueueConsumerRoutes.DELIVERIES)
                ? message.getIntProperty(QueueConsumerRoutes.DELIVERIES)
                : message.getIntProperty("JMSXDeliveryCount");
        return new DeadLetter(message.getJMSMessageID(), messageIdOf(body), original == null ? queue : original,
                reason, deliveries, body == null ? "(not a text message)"
                        : body.length() <= PREVIEW ? body : body.substring(0, PREVIEW) + "…",
                deadLetteredAt(message));
    }

    private static String messageIdOf(String body) {
        if (body == null) {
            return null;
        }
        Matcher m = MESSAGE_ID.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private static Instant deadLetteredAt(Message message) throws JMSException {
        String at = message.getStringProperty(QueueConsumerRoutes.DEAD_LETTERED_AT);
        if (at != null) {
            try {
                return Instant.parse(at);
            } catch (DateTimeParseException ignored) {
                // fall back to the send time below
            }
        }
        return message.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(message.getJMSTimestamp()) : null;
    }
}
