package dev.lekha.hub.nic;

import dev.lekha.connectors.nic.sandbox.IrpSandbox;
import dev.lekha.connectors.nic.sandbox.SandboxRequest;
import dev.lekha.connectors.nic.sandbox.SandboxResponse;
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
 * Serves the sandbox IRP under {@code /sandbox/nic/**}: the NIC e-invoice API paths (auth v1.04, core
 * v1.03, e-way bill by IRN), {@code /_faults} for tests and {@code /keys/*.pem}. Open like the real
 * IRP's endpoints: the engine checks client id/secret, credentials and tokens itself.
 */
@RestController
class NicSandboxController {

    static final String ROOT = "/sandbox/nic";

    private final IrpSandbox sandbox;

    NicSandboxController(IrpSandbox sandbox) {
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
        if (answer.delay() != null && !answer.delay().isZero()) {
            Thread.sleep(answer.delay().toMillis());
        }
        return ResponseEntity.status(answer.httpStatus())
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }
}
