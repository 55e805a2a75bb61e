package dev.lekha.connectors.nic;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scripted IRP on the JDK's HTTP server (loopback, free port, under a {@code /sandbox/nic} prefix):
 * decrypts logins with its RSA private key, hands out a token and SEK per login, decrypts business
 * payloads and encrypts its answers, as the wire protocol in {@link NicClient}'s Javadoc says. It records
 * everything it saw, and every secret it handed out so tests can look for them where they must not be.
 */
final class FakeIrp implements AutoCloseable {

    static final String GSTIN = "29AAGCB1286Q000";
    static final String CLIENT_ID = "AAGCB29TXPL8TKD";
    static final String CLIENT_SECRET = "cs-9f8e7d6c5b4a";
    static final String USER = "API_Lekha";
    static final String PASSWORD = "Pa55-w0rd-S3cr3t";
    static final String PREFIX = "/sandbox/nic";

    record Login(String userName, String password, String appKey, boolean force, Map<String, String> headers) {
    }

    record Call(String method, String path, String query, Map<String, String> headers, String plainJson) {
    }

    sealed interface Reply {
        static Reply ok(String dataJson) {
            return new Ok(dataJson, null);
        }

        static Reply rejected(String errorCode, String message, String infoDtlsJson) {
            return new Rejected("[{\"ErrorCode\":\"" + errorCode + "\",\"ErrorMessage\":\"" + message + "\"}]",
                    infoDtlsJson);
        }
    }

    record Ok(String dataJson, String infoDtlsJson) implements Reply {
    }

    record Rejected(String errorDetailsJson, String infoDtlsJson) implements Reply {
    }

    record Http(int status, String body) implements Reply {
    }

    record Raw(String body) implements Reply {
    }

    record Delayed(long millis, Reply then) implements Reply {
    }

    // One RSA key for all fakes: generating a 2048-bit key per test would dominate the run time.
    private static final KeyPair KEYS = TestKeys.rsa();

    final KeyPair keys = KEYS;
    final List<Login> logins = new CopyOnWriteArrayList<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    /** Every token, SEK (plain and encrypted, Base64) and AppKey seen or issued. */
    final Set<String> secrets = ConcurrentHashMap.newKeySet();
    /** Tokens in the order issued. */
    final List<String> tokens = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger();

    volatile Supplier<String> tokenExpiry = () -> "2099-12-31 23:59:59";
    volatile Function<Call, Reply> business = call -> Reply.ok("{}");
    volatile Reply authReply;
    volatile long loginDelayMillis;

    private final JsonMapper json = NicClient.jsonMapper();
    private final Map<String, byte[]> sekByToken = new ConcurrentHashMap<>();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    FakeIrp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PREFIX);
    }

    /** Forgets every token it issued, as the IRP does when it restarts or a forced login elsewhere happened. */
    void revokeTokens() {
        validTokens.clear();
    }

    String lastToken() {
        return tokens.get(tokens.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            if (path.equals(NicClient.AUTH_PATH)) {
                auth(exchange, headers, body);
            } else {
                business(exchange, path, headers, body);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection; nothing to answer
        }
    }

    private void auth(HttpExchange exchange, Map<String, String> headers, String body) throws IOException {
        if (authReply != null) {
            send(exchange, authReply, null);
            return;
        }
        byte[] rsaDecrypted = NicCrypto.rsaDecrypt(keys.getPrivate(),
                Base64.getDecoder().decode(json.readTree(body).get("Data").stringValue()));
        JsonNode login = json.readTree(Base64.getDecoder().decode(new String(rsaDecrypted, StandardCharsets.UTF_8)));
        String appKey = login.get("AppKey").stringValue();
        secrets.add(appKey);
        logins.add(new Login(login.get("UserName").stringValue(), login.get("Password").stringValue(), appKey,
                login.get("ForceRefreshAccessToken").booleanValue(), Map.copyOf(headers)));
        sleep(loginDelayMillis);
        if (!PASSWORD.equals(login.get("Password").stringValue()) || !CLIENT_SECRET.equals(headers.get("client_secret"))) {
            send(exchange, Reply.rejected("1008", "Invalid login credentials", null), null);
            return;
        }
        String token = "tok" + UUID.randomUUID().toString().replace("-", "");
        byte[] sek = NicCrypto.newAppKey();
        String encryptedSek = NicCrypto.encryptSek(sek, Base64.getDecoder().decode(appKey));
        tokens.add(token);
        validTokens.add(token);
        sekByToken.put(token, sek);
        secrets.addAll(List.of(token, Base64.getEncoder().encodeToString(sek), encryptedSek));
        ObjectNode answer = json.createObjectNode().put("Status", 1);
        answer.putObject("Data").put("ClientId", CLIENT_ID).put("UserName", USER).put("AuthToken", token)
                .put("Sek", encryptedSek).put("TokenExpiry", tokenExpiry.get());
        answer.putNull("ErrorDetails");
        answer.putNull("InfoDtls");
        respond(exchange, 200, json.writeValueAsString(answer));
    }

    private void business(HttpExchange exchange, String path, Map<String, String> headers, String body)
            throws IOException {
        String token = headers.get("authtoken");
        if (token == null || !validTokens.contains(token)) {
            calls.add(new Call(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(), Map.copyOf(headers), null));
            send(exchange, Reply.rejected("1005", "Invalid Token", null), null);
            return;
        }
        byte[] sek = sekByToken.get(token);
        String plain = body.isEmpty() ? null : NicCrypto.decryptData(sek, json.readTree(body).get("Data").stringValue());
        Call call = new Call(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(), Map.copyOf(headers), plain);
        calls.add(call);
        send(exchange, business.apply(call), sek);
    }

    private void send(HttpExchange exchange, Reply reply, byte[] sek) throws IOException {
        if (reply instanceof Ok ok) {
            respond(exchange, 200, "{\"Status\":1,\"Data\":\"" + NicCrypto.encryptData(sek, ok.dataJson())
                    + "\",\"ErrorDetails\":null,\"InfoDtls\":" + ok.infoDtlsJson() + "}");
        } else if (reply instanceof Rejected r) {
            respond(exchange, 200, "{\"Status\":0,\"Data\":null,\"ErrorDetails\":" + r.errorDetailsJson()
                    + ",\"InfoDtls\":" + r.infoDtlsJson() + "}");
        } else if (reply instanceof Http h) {
            respond(exchange, h.status(), h.body());
        } else if (reply instanceof Raw raw) {
            respond(exchange, 200, raw.body());
        } else if (reply instanceof Delayed d) {
            sleep(d.millis());
            send(exchange, d.then(), sek);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
