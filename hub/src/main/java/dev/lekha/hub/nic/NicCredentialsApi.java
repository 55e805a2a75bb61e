package dev.lekha.hub.nic;

import dev.lekha.connectors.nic.NicCredentials;
import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.einvoice.NicApiCredentials;
import dev.lekha.hub.security.CompanyScope;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * IRP API credentials per GSTIN (ADMIN): {@code PUT /api/nic/credentials/{gstin}} stores them encrypted,
 * {@code GET /api/nic/credentials} lists which GSTINs have them (client id and user name only, never the
 * secrets). Every change goes to the audit log.
 */
@RestController
@RequestMapping("/api/nic/credentials")
@PreAuthorize("hasRole('ADMIN')")
public class NicCredentialsApi {

    private final StoredNicCredentials credentials;
    private final NicApiCredentials rows;
    private final GstRegistrations registrations;
    private final CompanyScope scope;
    private final AuditTrail audit;

    public NicCredentialsApi(StoredNicCredentials credentials, NicApiCredentials rows, GstRegistrations registrations,
                             CompanyScope scope, AuditTrail audit) {
        this.credentials = credentials;
        this.rows = rows;
        this.registrations = registrations;
        this.scope = scope;
        this.audit = audit;
    }

    /** @param clientId the IRP client id; the other three are secrets as issued by the IRP */
    public record CredentialsRequest(String clientId, String clientSecret, String userName, String password) {
    }

    @GetMapping
    public List<Map<String, Object>> list() {
        return rows.findAll().stream().filter(c -> scope.canSee(c.getCompanyId()))
                .map(c -> Map.<String, Object>of("gstin", c.getGstin(), "companyId", c.getCompanyId(),
                        "clientId", c.getClientId(), "userName", c.getUserName(),
                        "updatedAt", c.getUpdatedAt().toString()))
                .toList();
    }

    @PutMapping("/{gstin}")
    public Map<String, Object> store(@PathVariable String gstin, @RequestBody CredentialsRequest request,
                                     Principal caller, HttpServletRequest http) {
        GstRegistration registration = registrations.findByGstinAndActiveTrue(gstin.trim().toUpperCase())
                .orElseThrow(() -> new InvalidCredentials(List.of("gstin: " + gstin
                        + " is not an active GST registration of any company in Lekha")));
        scope.check(registration.getCompanyId());
        List<String> problems = new ArrayList<>();
        require(problems, "clientId", request.clientId());
        require(problems, "clientSecret", request.clientSecret());
        require(problems, "userName", request.userName());
        require(problems, "password", request.password());
        if (!problems.isEmpty()) {
            throw new InvalidCredentials(problems);
        }
        credentials.save(registration.getCompanyId(), new NicCredentials(registration.getGstin(),
                request.clientId().trim(), request.clientSecret(), request.userName().trim(), request.password()));
        audit.record(new AuditRecord(caller.getName(), "NIC_CREDENTIALS_STORED", "gstin:" + registration.getGstin(),
                registration.getCompanyId(), "client id " + request.clientId().trim() + ", user "
                + request.userName().trim(), http.getRemoteAddr()));
        return Map.of("gstin", registration.getGstin(), "stored", true);
    }

    private static void require(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": missing");
        }
    }

    @ExceptionHandler(InvalidCredentials.class)
    ProblemDetail invalid(InvalidCredentials e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", e.problems));
        p.setTitle("Invalid IRP credentials");
        p.setProperty("errors", e.problems);
        return p;
    }

    static final class InvalidCredentials extends RuntimeException {
        final List<String> problems;

        InvalidCredentials(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = problems;
        }
    }
}
