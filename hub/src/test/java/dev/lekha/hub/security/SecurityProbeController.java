package dev.lekha.hub.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints that exercise roles, company scope and problem details. */
@RestController
class SecurityProbeController {

    private final CompanyScope scope;

    SecurityProbeController(CompanyScope scope) {
        this.scope = scope;
    }

    record Probe(@NotBlank String name, @Positive int count) {
    }

    @GetMapping("/api/test-probe/finance-only")
    @PreAuthorize("hasRole('FINANCE')")
    Map<String, String> financeOnly() {
        return Map.of("ok", "finance");
    }

    @GetMapping("/api/test-probe/companies/{companyId}")
    Map<String, Object> companyData(@PathVariable long companyId) {
        scope.check(companyId);
        return Map.of("companyId", companyId);
    }

    @PostMapping("/api/test-probe/validated")
    Probe validated(@Valid @RequestBody Probe probe) {
        return probe;
    }

    @GetMapping("/api/test-probe/missing")
    Map<String, String> missing() {
        throw new java.util.NoSuchElementException("no probe with id 42");
    }

    @GetMapping("/api/test-probe/boom")
    Map<String, String> boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }
}
