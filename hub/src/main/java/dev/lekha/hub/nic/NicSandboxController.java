package dev.lekha.hub.nic;

import dev.lekha.connectors.nic.sandbox.IrpSandbox;
import dev.lekha.hub.sandbox.SandboxExchange;
import jakarta.servlet.http.HttpServletRequest;
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
        return SandboxExchange.serve(sandbox, ROOT, request, body);
    }
}
