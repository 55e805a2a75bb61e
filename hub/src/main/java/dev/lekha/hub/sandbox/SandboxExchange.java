package dev.lekha.hub.sandbox;

import dev.lekha.connectors.sandbox.SandboxEngine;
import dev.lekha.connectors.sandbox.SandboxRequest;
import dev.lekha.connectors.sandbox.SandboxResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One servlet request handed to a sandbox engine and its answer written back, after the answer's delay (how an
 * injected TIMEOUT fault reaches a client whose timeout is shorter). Shared by every {@code /sandbox/<system>/}
 * controller, so the sandboxes differ only in their engines.
 */
public final class SandboxExchange {

    private SandboxExchange() {
    }

    /**
     * @param root the sandbox's path prefix, e.g. {@code /sandbox/gst}; the engine sees the path below it
     */
    public static ResponseEntity<String> serve(SandboxEngine engine, String root, HttpServletRequest request,
                                               byte[] body) throws InterruptedException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + root.length());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        Map<String, String> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> query.put(k, v.length == 0 ? "" : v[0]));
        SandboxResponse answer = engine.handle(new SandboxRequest(request.getMethod(), path, headers, query,
                body == null ? "" : new String(body, StandardCharsets.UTF_8)));
        if (answer.delay() != null && !answer.delay().isZero()) {
            Thread.sleep(answer.delay().toMillis());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.httpStatus());
        answer.headers().forEach((name, value) -> response.header(name, value));
        return response
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }
}
