package dev.lekha.hub.razorpay;

import dev.lekha.connectors.razorpay.sandbox.RazorpaySandbox;
import dev.lekha.hub.sandbox.SandboxExchange;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the sandbox Razorpay under {@code /sandbox/razorpay/**}: the {@code /v1/...} API paths and the
 * {@code /_sandbox/...} controls. Open like Razorpay's own API: the engine checks the key id/secret itself.
 */
@RestController
class RazorpaySandboxController {

    static final String ROOT = "/sandbox/razorpay";

    private final RazorpaySandbox sandbox;

    RazorpaySandboxController(RazorpaySandbox sandbox) {
        this.sandbox = sandbox;
    }

    @RequestMapping(ROOT + "/**")
    ResponseEntity<String> handle(HttpServletRequest request, @RequestBody(required = false) byte[] body)
            throws InterruptedException {
        return SandboxExchange.serve(sandbox, ROOT, request, body);
    }
}
