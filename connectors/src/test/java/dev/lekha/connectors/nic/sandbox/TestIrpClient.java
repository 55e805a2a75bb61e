package dev.lekha.connectors.nic.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal IRP client written from the wire protocol, independent of the sandbox's code: RSA login
 * payload, AES-256/ECB SEK and payloads. For tests only.
 */
final class TestIrpClient {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** The answer of one call: HTTP status, the envelope, and the decrypted Data (null on failure). */
    record Answer(int status, JsonNode envelope, JsonNode data, String rawBody) {
        int irpStatus() {
            return envelope.get("Status").asInt();
        }

        String firstErrorCode() {
            return envelope.get("ErrorDetails").get(0).get("ErrorCode").asString();
        }
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final String clientId;
    private final String clientSecret;
    private final String gstin;
    private final String userName;
    private final String password;
    private final RSAPublicKey publicKey;
    private final Duration timeout;
    String authToken;
    byte[] sek;

    TestIrpClient(URI base, RSAPublicKey publicKey, String clientId, String clientSecret, String gstin, String userName,
                  String password, Duration timeout) {
        this.base = base;
        this.publicKey = publicKey;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.gstin = gstin;
        this.userName = userName;
        this.password = password;
        this.timeout = timeout;
    }

    /** Logs in; on success keeps token and SEK. */
    Answer login(boolean forceRefresh) {
        try {
            byte[] appKey = new byte[32];
            new SecureRandom().nextBytes(appKey);
            Map<String, Object> credentials = new LinkedHashMap<>();
            credentials.put("UserName", userName);
            credentials.put("Password", password);
            credentials.put("AppKey", Base64.getEncoder().encodeToString(appKey));
            credentials.put("ForceRefreshAccessToken", forceRefresh);
            String b64Json = Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(credentials));
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.ENCRYPT_MODE, publicKey);
            String data = Base64.getEncoder().encodeToString(rsa.doFinal(b64Json.getBytes(StandardCharsets.UTF_8)));
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/eivital/v1.04/auth"))
                    .header("client_id", clientId).header("client_secret", clientSecret).header("Gstin", gstin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("Data", data)))));
            JsonNode envelope = JSON.readTree(response.body());
            if (envelope.get("Status").asInt() == 1) {
                JsonNode d = envelope.get("Data");
                authToken = d.get("AuthToken").asString();
                sek = aes(Cipher.DECRYPT_MODE, appKey, Base64.getDecoder().decode(d.get("Sek").asString()));
            }
            return new Answer(response.statusCode(), envelope, envelope.get("Data"), response.body());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer post(String path, Object payload) {
        String plain = payload instanceof String s ? s : JSON.writeValueAsString(payload);
        String data = Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, sek, plain.getBytes(StandardCharsets.UTF_8)));
        return exchange(business(uri(path)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("Data", data)))));
    }

    Answer get(String pathAndQuery, Map<String, String> extraHeaders) {
        HttpRequest.Builder builder = business(uri(pathAndQuery)).GET();
        extraHeaders.forEach(builder::header);
        return exchange(builder);
    }

    HttpResponse<String> raw(HttpRequest.Builder builder) {
        return send(builder);
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpRequest.Builder business(URI uri) {
        return HttpRequest.newBuilder(uri).header("client_id", clientId).header("client_secret", clientSecret)
                .header("Gstin", gstin).header("user_name", userName).header("AuthToken", String.valueOf(authToken))
                .header("Content-Type", "application/json");
    }

    private Answer exchange(HttpRequest.Builder builder) {
        HttpResponse<String> response = send(builder);
        if (response.statusCode() != 200) {
            return new Answer(response.statusCode(), null, null, response.body());
        }
        JsonNode envelope = JSON.readTree(response.body());
        JsonNode data = null;
        if (envelope.get("Status").asInt() == 1) {
            byte[] plain = aes(Cipher.DECRYPT_MODE, sek, Base64.getDecoder().decode(envelope.get("Data").asString()));
            data = JSON.readTree(new String(plain, StandardCharsets.UTF_8));
        }
        return new Answer(response.statusCode(), envelope, data, response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] aes(int mode, byte[] key, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
            cipher.init(mode, new SecretKeySpec(key, "AES"));
            return cipher.doFinal(input);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
