package dev.lekha.routes.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.lekha.routes.queues.LekhaQueues;
import dev.lekha.testsupport.LekhaIntegrationTest;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jms.core.JmsTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@LekhaIntegrationTest
class OutboxRelayIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired JmsTemplate jms;
    @Autowired JsonMapper json;

    @Test
    void committedEventIsPublishedToEventsOutOnceAndMarkedPublished() throws Exception {
        // given an event committed to the outbox
        Instant occurred = Instant.parse("2026-04-05T06:30:00Z");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into outbox_event (company_id, event_type, aggregate_type, aggregate_id,"
                    + " payload, created_at, attempts) values (?, ?, ?, ?, ?, ?, 0)", new String[] {"id"});
            ps.setLong(1, 1L);
            ps.setString(2, "invoice.received");
            ps.setString(3, "sales_document");
            ps.setString(4, "42");
            ps.setString(5, "{\"documentNumber\":\"LDT/25-26/0001\",\"total\":1180.00}");
            ps.setTimestamp(6, Timestamp.from(occurred));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();

        // when the relay has run, a subscriber receives it
        jms.setReceiveTimeout(15_000);
        Message message = jms.receiveSelected(LekhaQueues.EVENTS_OUT, "lekhaMessageId = 'outbox-" + id + "'");

        // then the envelope carries id, type, company, time and the payload as data
        assertThat(message).isInstanceOf(TextMessage.class);
        JsonNode event = json.readTree(((TextMessage) message).getText());
        assertThat(event.get("messageId").asString()).isEqualTo("outbox-" + id);
        assertThat(event.get("type").asString()).isEqualTo("invoice.received");
        assertThat(event.get("companyId").asLong()).isEqualTo(1L);
        assertThat(event.get("occurredAt").asString()).isEqualTo("2026-04-05T06:30:00Z");
        assertThat(event.get("data").get("documentNumber").asString()).isEqualTo("LDT/25-26/0001");
        assertThat(event.get("data").get("total").decimalValue()).isEqualByComparingTo("1180.00");
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                "select published_at from outbox_event where id = ?", Timestamp.class, id) != null);
        jms.setReceiveTimeout(1_000);
        assertThat(jms.receiveSelected(LekhaQueues.EVENTS_OUT, "lekhaMessageId = 'outbox-" + id + "'")).isNull();
    }
}
