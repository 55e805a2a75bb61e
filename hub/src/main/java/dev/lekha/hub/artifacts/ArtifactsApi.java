package dev.lekha.hub.artifacts;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.hub.security.CompanyScope;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Generated files over REST: list (any role, within the caller's companies) and download (ADMIN,
 * FINANCE or COMPLIANCE; each download recorded in the audit trail, with the SHA-256 in
 * {@code X-Content-SHA256} so the receiver can check what it got).
 */
@RestController
@RequestMapping("/api/artifacts")
public class ArtifactsApi {

    private final ArtifactStore artifacts;
    private final CompanyScope companies;
    private final AuditTrail audit;

    public ArtifactsApi(ArtifactStore artifacts, CompanyScope companies, AuditTrail audit) {
        this.artifacts = artifacts;
        this.companies = companies;
        this.audit = audit;
    }

    @GetMapping
    public List<StoredArtifact> search(@RequestParam(required = false) Long companyId,
                                       @RequestParam(required = false) String kind,
                                       @RequestParam(required = false) String period) {
        return visible(artifacts, companies, companyId, kind, period);
    }

    @GetMapping("/{id}/content")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public ResponseEntity<InputStreamResource> content(@PathVariable long id, Principal caller,
                                                       HttpServletRequest request) throws IOException {
        StoredArtifact artifact = artifacts.find(id).orElseThrow(() -> new UnknownArtifactException(id));
        companies.check(artifact.companyId());
        InputStream content = artifacts.open(id);
        audit.record(new AuditRecord(caller.getName(), "ARTIFACT_DOWNLOAD", "artifact:" + id, artifact.companyId(),
                artifact.kind() + " " + artifact.fileName() + " sha256=" + artifact.sha256(), request.getRemoteAddr()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(artifact.fileName()).build().toString())
                .header("X-Content-SHA256", artifact.sha256())
                .contentType(MediaType.parseMediaType(artifact.contentType()))
                .contentLength(artifact.sizeBytes())
                .body(new InputStreamResource(content));
    }

    /** Artifacts matching the filters that the caller may see; an explicit company outside their scope is refused. */
    static List<StoredArtifact> visible(ArtifactStore artifacts, CompanyScope companies, Long companyId, String kind,
                                        String period) {
        if (companyId != null) {
            companies.check(companyId);
        }
        return artifacts.search(companyId, blankToNull(kind), blankToNull(period)).stream()
                .filter(a -> companies.canSee(a.companyId())).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
