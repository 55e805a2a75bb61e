package dev.lekha.connectors.razorpay.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Delivers one signed webhook; returns the receiver's HTTP status (0 when it could not be reached). */
@FunctionalInterface
public interface RazorpayWebhookSender {

    int send(URI url, Map<String, String> headers, byte[] body);

    /** POSTs with the JDK HTTP client, 5 s timeouts (Razorpay expects an answer within 5 s). */
    static RazorpayWebhookSender http() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return (url, headers, body) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        };
    }
}
