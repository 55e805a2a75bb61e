package dev.lekha.hub.gstportal;

import dev.lekha.connectors.gstportal.sandbox.GstPortalSandbox;
import dev.lekha.connectors.gstportal.sandbox.SandboxRequest;
import dev.lekha.connectors.gstportal.sandbox.SandboxResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the sandbox GST portal under {@code /sandbox/gst/**} (the taxpayer API paths, {@code /_faults} for tests,
 * {@code /keys/public-key.pem}). Open, as the portal's endpoints are: the engine checks client id/secret, OTPs,
 * tokens and HMACs itself (the security config already leaves {@code /sandbox/**} to the engines).
 */
@RestController
class GstSandboxController {

    static final String ROOT = "/sandbox/gst";

    private final GstPortalSandbox sandbox;

    GstSandboxController(GstPortalSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @RequestMapping(ROOT + "/**")
    ResponseEntity<String> handle(HttpServletRequest request, @RequestBody(required = false) byte[] body)
            throws InterruptedException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + ROOT.length());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        Map<String, String> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> query.put(k, v.length == 0 ? "" : v[0]));
        SandboxResponse answer = sandbox.handle(new SandboxRequest(request.getMethod(), path, headers, query,
                body == null ? "" : new String(body, StandardCharsets.UTF_8)));
        if (!answer.delay().isZero()) {
            Thread.sleep(answer.delay().toMillis());
        }
        return ResponseEntity.status(answer.httpStatus())
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }
}
