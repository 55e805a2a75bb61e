package dev.lekha.routes.queues;

import java.time.Instant;

/**
 * A message waiting in {@code DLQ.<queue>}.
 *
 * @param id             the broker's message id ({@code JMSMessageID}): the handle for replay and discard
 * @param messageId      the sender's {@code messageId} from the JSON body, null when it had none
 * @param originalQueue  the queue it was consumed from
 * @param reason         why it was dead-lettered (validation problems, or the last exception)
 * @param deliveries     how many times it was delivered before being dead-lettered
 * @param bodyPreview    the first characters of the body
 * @param deadLetteredAt when it was dead-lettered (or sent, when the broker moved it)
 */
public record DeadLetter(String id, String messageId, String originalQueue, String reason, int deliveries,
                         String bodyPreview, Instant deadLetteredAt) {
}
