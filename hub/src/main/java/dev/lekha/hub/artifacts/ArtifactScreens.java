package dev.lekha.hub.artifacts;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.hub.jobs.CompanyChoices;
import dev.lekha.hub.security.CompanyScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The artifacts screen: generated files filtered by company, kind and period, with download links. */
@Controller
public class ArtifactScreens {

    private final ArtifactStore artifacts;
    private final CompanyScope scope;
    private final CompanyChoices companies;

    public ArtifactScreens(ArtifactStore artifacts, CompanyScope scope, CompanyChoices companies) {
        this.artifacts = artifacts;
        this.scope = scope;
        this.companies = companies;
    }

    @GetMapping("/artifacts")
    public String list(@RequestParam(required = false) Long companyId, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) String period, Model model) {
        model.addAttribute("artifacts", ArtifactsApi.visible(artifacts, scope, companyId, kind, period));
        model.addAttribute("companies", companies.visible());
        model.addAttribute("companyId", companyId);
        model.addAttribute("kind", kind);
        model.addAttribute("period", period);
        return "artifacts/list";
    }
}
