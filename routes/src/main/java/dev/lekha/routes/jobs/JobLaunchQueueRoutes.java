package dev.lekha.routes.jobs;

import dev.lekha.routes.queues.LekhaQueues;
import dev.lekha.routes.queues.ProcessedOnce;
import dev.lekha.routes.queues.QueueConsumerRoutes;
import dev.lekha.routes.queues.QueueMessages;
import dev.lekha.routes.queues.QueueSettings;
import dev.lekha.routes.queues.UnprocessableMessageException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code lekha.jobs.launch}: {@code {"messageId":…, "job":…, "companyId":…, "params":{…}}} launches the
 * job once per {@code messageId}. An unknown job or invalid parameters dead-letter the message at once.
 */
@Component
public class JobLaunchQueueRoutes extends QueueConsumerRoutes {

    static final String CONSUMER = "jobs-launch";
    private static final Logger log = LoggerFactory.getLogger(JobLaunchQueueRoutes.class);

    private final QueueMessages messages;
    private final ProcessedOnce processedOnce;
    private final JobLaunchRequests launches;

    public JobLaunchQueueRoutes(QueueSettings settings, QueueMessages messages, ProcessedOnce processedOnce,
                                JobLaunchRequests launches) {
        super(settings);
        this.messages = messages;
        this.processedOnce = processedOnce;
        this.launches = launches;
    }

    @Override
    protected void consumers() {
        consume(LekhaQueues.JOBS_LAUNCH, "queue-jobs-launch").process(this::launch);
    }

    private void launch(Exchange exchange) {
        QueueMessages.Received message = messages.read(LekhaQueues.JOBS_LAUNCH, exchange.getIn().getBody(String.class));
        LaunchRequest request = LaunchRequest.of(message.body());
        Long runId = processedOnce.run(CONSUMER, message.messageId(), () -> {
            try {
                return launches.launch(request.job(), request.companyId(), request.params(), "queue");
            } catch (IllegalArgumentException invalid) {
                throw new UnprocessableMessageException("Cannot launch job '" + request.job() + "': "
                        + invalid.getMessage(), invalid);
            }
        });
        if (runId == null) {
            log.info("Job launch {} already processed; ignoring the repeat", message.messageId());
        } else {
            log.info("Job launch {}: {} for company {} started as run {}", message.messageId(), request.job(),
                    request.companyId(), runId);
        }
    }

    record LaunchRequest(String job, long companyId, Map<String, String> params) {

        static LaunchRequest of(JsonNode body) {
            JsonNode job = body.get("job");
            if (job == null || !job.isString() || job.asString().isBlank()) {
                throw new UnprocessableMessageException("Job launch request has no \"job\": give the job name, "
                        + "e.g. {\"messageId\":\"…\",\"job\":\"sales-register\",\"companyId\":1,\"params\":{…}}");
            }
            JsonNode company = body.get("companyId");
            if (company == null || !company.canConvertToLong() || !company.isIntegralNumber()) {
                throw new UnprocessableMessageException("Job launch request for '" + job.asString()
                        + "' has no numeric \"companyId\"");
            }
            Map<String, String> params = new LinkedHashMap<>();
            JsonNode given = body.get("params");
            if (given != null && !given.isNull()) {
                if (!given.isObject()) {
                    throw new UnprocessableMessageException("\"params\" of the job launch request must be an object "
                            + "of name → value");
                }
                for (Map.Entry<String, JsonNode> e : given.properties()) {
                    JsonNode v = e.getValue();
                    if (!v.isValueNode()) {
                        throw new UnprocessableMessageException("Job parameter \"" + e.getKey()
                                + "\" must be a string, number or boolean");
                    }
                    params.put(e.getKey(), v.isNull() ? null : v.asString());
                }
            }
            return new LaunchRequest(job.asString(), company.asLong(), params);
        }
    }
}
