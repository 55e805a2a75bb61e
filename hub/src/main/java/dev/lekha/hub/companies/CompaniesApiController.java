package dev.lekha.hub.companies;

import dev.lekha.hub.security.CompanyScope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/companies}: the companies visible to the caller, each with its GSTINs. */
@RestController
class CompaniesApiController {

    private final CompanyDirectory directory;
    private final CompanyScope scope;

    CompaniesApiController(CompanyDirectory directory, CompanyScope scope) {
        this.directory = directory;
        this.scope = scope;
    }

    @GetMapping("/api/companies")
    List<CompanySummary> companies() {
        return directory.list(scope.visibleCompanyIds());
    }
}
