package dev.lekha.routes.invoices;

import dev.lekha.domain.invoice.InvalidSalesDocumentException;
import dev.lekha.domain.invoice.SalesDocumentIntake;
import dev.lekha.domain.invoice.SalesDocumentIntake.IntakeResult;
import dev.lekha.mappings.invoice.SalesDocumentFile;
import dev.lekha.routes.queues.LekhaQueues;
import dev.lekha.routes.queues.ProcessedOnce;
import dev.lekha.routes.queues.QueueConsumerRoutes;
import dev.lekha.routes.queues.QueueMessages;
import dev.lekha.routes.queues.QueueSettings;
import dev.lekha.routes.queues.UnprocessableMessageException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code lekha.invoices.in}: one sales invoice, credit note or debit note per message (the JSON of
 * {@code POST /api/invoices}, with a {@code messageId}), stored once. An invalid document is
 * dead-lettered at once with every problem as the reason.
 */
@Component
public class SalesInvoiceQueueRoutes extends QueueConsumerRoutes {

    static final String CONSUMER = "invoices-in";
    private static final Logger log = LoggerFactory.getLogger(SalesInvoiceQueueRoutes.class);

    private final QueueMessages messages;
    private final ProcessedOnce processedOnce;
    private final SalesDocumentReader reader;
    private final SalesDocumentIntake intake;

    public SalesInvoiceQueueRoutes(QueueSettings settings, QueueMessages messages, ProcessedOnce processedOnce,
                                   SalesDocumentReader reader, SalesDocumentIntake intake) {
        super(settings);
        this.messages = messages;
        this.processedOnce = processedOnce;
        this.reader = reader;
        this.intake = intake;
    }

    @Override
    protected void consumers() {
        consume(LekhaQueues.INVOICES_IN, "queue-invoices-in").process(this::receive);
    }

    private void receive(Exchange exchange) {
        String body = exchange.getIn().getBody(String.class);
        QueueMessages.Received message = messages.read(LekhaQueues.INVOICES_IN, body);
        SalesDocumentFile read = reader.read(message.messageId() + ".json", body.getBytes(StandardCharsets.UTF_8));
        if (!read.isValid()) {
            throw new UnprocessableMessageException("Invalid sales document " + message.messageId() + ": "
                    + read.errors().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        if (read.documents().size() != 1) {
            throw new UnprocessableMessageException("Message " + message.messageId() + " holds "
                    + read.documents().size() + " documents: send exactly one document per message");
        }
        IntakeResult result = processedOnce.run(CONSUMER, message.messageId(), () -> {
            try {
                return intake.receive(read.documents().get(0), "queue");
            } catch (InvalidSalesDocumentException invalid) {
                throw new UnprocessableMessageException("Invalid sales document " + message.messageId() + ": "
                        + invalid.getMessage(), invalid);
            }
        });
        if (result == null) {
            log.info("Invoice message {} already processed; ignoring the repeat", message.messageId());
        } else {
            log.info("Invoice message {}: document {} stored as #{}{}", message.messageId(), result.documentNumber(),
                    result.documentId(), result.duplicate() ? " (same content already stored)" : "");
        }
    }
}
