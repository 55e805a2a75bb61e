package dev.lekha.hub.audit;

import dev.lekha.domain.audit.AuditChainCheck;
import dev.lekha.domain.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/verify}: walks the audit chain (ADMIN or COMPLIANCE). */
@RestController
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit/verify")
    @PreAuthorize("hasRole('COMPLIANCE')")
    AuditChainCheck verify() {
        return audit.verify();
    }
}
