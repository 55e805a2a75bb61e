package dev.lekha.hub.gstportal;

import dev.lekha.connectors.gstportal.sandbox.GstPortalSandbox;
import dev.lekha.hub.sandbox.SandboxExchange;
import jakarta.servlet.http.HttpServletRequest;
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
        return SandboxExchange.serve(sandbox, ROOT, request, body);
    }
}
