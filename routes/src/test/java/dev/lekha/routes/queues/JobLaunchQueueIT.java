package dev.lekha.routes.queues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.lekha.domain.messaging.ProcessedMessages;
import dev.lekha.routes.TestCollaborators.RecordingJobLaunches;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;

/** The queue machinery, driven through {@code lekha.jobs.launch} on the embedded broker (max-deliveries 3). */
@SpringBootTest
@LekhaIntegrationTest
class JobLaunchQueueIT {

    @Autowired JmsTemplate jms;
    @Autowired RecordingJobLaunches launches;
    @Autowired DeadLetters deadLetters;
    @Autowired ProcessedMessages processed;
    @Autowired CamelContext camel;

    @Test
    void sameMessageIdSentTwiceLaunchesOnce() {
        String tag = tag();
        String body = launch("m-" + tag, "sales-register", tag);
        NotifyBuilder twoDone = new NotifyBuilder(camel).fromRoute("queue-jobs-launch").whenCompleted(2).create();

        jms.convertAndSend(LekhaQueues.JOBS_LAUNCH, body);
        jms.convertAndSend(LekhaQueues.JOBS_LAUNCH, body);

        assertThat(twoDone.matches(15, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> launches.launched.contains(tag));
        assertThat(launches.launched.stream().filter(tag::equals).count()).isEqualTo(1);
        assertThat(processed.countByConsumerAndMessageId("jobs-launch", "m-" + tag)).isEqualTo(1);
    }

    @Test
    void transientFailureIsRedeliveredAndThenSucceeds() {
        // given a launch that fails on its first two deliveries (max-deliveries is 3)
        String tag = tag();
        jms.convertAndSend(LekhaQueues.JOBS_LAUNCH, launch("m-" + tag, "flaky-2", tag));

        // then the broker redelivers it and the third delivery launches the job, once
        await().atMost(Duration.ofSeconds(15)).until(() -> launches.launched.contains(tag));
        assertThat(launches.callsOf(tag)).isEqualTo(3);
        assertThat(deadLetterFor("m-" + tag)).isEmpty();
    }

    @Test
    void permanentFailureEndsInTheDeadLetterQueueAfterMaxDeliveriesAndReplayProcessesIt() {
        // given a launch whose job store is down
        String tag = tag();
        jms.convertAndSend(LekhaQueues.JOBS_LAUNCH, launch("m-" + tag, "broken", tag));

        // when all 3 deliveries failed, it waits in DLQ.lekha.jobs.launch with the last exception
        DeadLetter letter = await().atMost(Duration.ofSeconds(15))
                .until(() -> deadLetterFor("m-" + tag), Optional::isPresent).orElseThrow();
        assertThat(letter.deliveries()).isEqualTo(3);
        assertThat(letter.originalQueue()).isEqualTo(LekhaQueues.JOBS_LAUNCH);
        assertThat(letter.reason()).isEqualTo(
                "Failed 3 deliveries; last: java.lang.IllegalStateException: job store down");
        assertThat(letter.bodyPreview()).contains("\"messageId\":\"m-" + tag + "\"");
        assertThat(launches.callsOf(tag)).isEqualTo(3);
        assertThat(launches.launched).doesNotContain(tag);

        // and once the cause is fixed, replay puts it back on its queue and it is processed
        launches.repair();
        deadLetters.replay(LekhaQueues.JOBS_LAUNCH, letter.id());
        await().atMost(Duration.ofSeconds(15)).until(() -> launches.launched.contains(tag));
        assertThat(deadLetterFor("m-" + tag)).isEmpty();
        assertThatThrownBy(() -> deadLetters.replay(LekhaQueues.JOBS_LAUNCH, letter.id()))
                .isInstanceOf(DeadLetterNotFoundException.class);
    }

    @Test
    void messageWithoutMessageIdOrWithBrokenJsonIsDeadLetteredAtOnceWithTheReason() {
        String tag = tag();
        jms.convertAndSend(LekhaQueues.JOBS_LAUNCH,
                "{\"job\":\"sales-register\",\"companyId\":1,\"params\":{\"tag\":\"" + tag + "\"}}");
        jms.convertAndSend(LekhaQueues.JOBS_LAUNCH, "{\"messageId\":\"broken-" + tag + "\",\"job\":");

        DeadLetter noId = await().atMost(Duration.ofSeconds(15))
                .until(() -> firstDeadLetter(d -> d.bodyPreview().contains(tag) && d.messageId() == null),
                        Optional::isPresent).orElseThrow();
        assertThat(noId.reason()).isEqualTo("Message on lekha.jobs.launch has no messageId: every message needs a "
                + "unique string messageId so it is processed once");
        assertThat(noId.deliveries()).isEqualTo(1);
        DeadLetter broken = await().atMost(Duration.ofSeconds(15))
                .until(() -> firstDeadLetter(d -> d.bodyPreview().contains("broken-" + tag)),
                        Optional::isPresent).orElseThrow();
        assertThat(broken.reason()).startsWith("Malformed JSON on lekha.jobs.launch: ");
        assertThat(broken.deliveries()).isEqualTo(1);
        assertThat(launches.callsOf(tag)).isZero();

        deadLetters.discard(LekhaQueues.JOBS_LAUNCH, noId.id());
        assertThat(firstDeadLetter(d -> d.id().equals(noId.id()))).isEmpty();
    }

    @Test
    void unknownJobIsDeadLetteredWithoutRetries() {
        String tag = tag();
        jms.convertAndSend(LekhaQueues.JOBS_LAUNCH, launch("m-" + tag, "unknown", tag));

        DeadLetter letter = await().atMost(Duration.ofSeconds(15))
                .until(() -> deadLetterFor("m-" + tag), Optional::isPresent).orElseThrow();
        assertThat(letter.reason()).isEqualTo("Cannot launch job 'unknown': Unknown job 'unknown'");
        assertThat(letter.deliveries()).isEqualTo(1);
        assertThat(launches.callsOf(tag)).isEqualTo(1);
        assertThat(processed.existsByConsumerAndMessageId("jobs-launch", "m-" + tag)).isFalse();
    }

    private Optional<DeadLetter> deadLetterFor(String messageId) {
        return firstDeadLetter(d -> messageId.equals(d.messageId()));
    }

    private Optional<DeadLetter> firstDeadLetter(Predicate<DeadLetter> which) {
        List<DeadLetter> letters = deadLetters.list(LekhaQueues.JOBS_LAUNCH);
        return letters.stream().filter(which).findFirst();
    }

    private static String launch(String messageId, String job, String tag) {
        return "{\"messageId\":\"" + messageId + "\",\"job\":\"" + job + "\",\"companyId\":1,"
                + "\"params\":{\"tag\":\"" + tag + "\",\"period\":\"042026\"}}";
    }

    private static String tag() {
        return UUID.randomUUID().toString();
    }
}
