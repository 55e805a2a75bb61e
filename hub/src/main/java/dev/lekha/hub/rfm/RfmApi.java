package dev.lekha.hub.rfm;

import dev.lekha.domain.rfm.RfmRuns;
import dev.lekha.hub.security.CompanyScope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/rfm/runs?companyId=&limit=}: the company's completed {@code rfm} runs, oldest first (by as-of
 * date), each with its customers counted by segment ({@code CHAMPIONS}, ..., {@code LOST}) and the movements from
 * the previous run's segments ({@code NONE}: not in the previous run).
 */
@RestController
@RequestMapping("/api/rfm")
public class RfmApi {

    private final RfmRuns runs;
    private final CompanyScope scope;

    public RfmApi(RfmRuns runs, CompanyScope scope) {
        this.runs = runs;
        this.scope = scope;
    }

    /** A run with its segment counts and movements. */
    public record RunView(RfmRuns.Run run, List<RfmRuns.Movement> movements) {
    }

    @GetMapping("/runs")
    public List<RunView> runs(@RequestParam long companyId, @RequestParam(defaultValue = "12") int limit) {
        scope.check(companyId);
        return runs.runs(companyId, Math.min(Math.max(limit, 1), 100)).stream()
                .map(r -> new RunView(r, runs.movements(companyId, r.id()))).toList();
    }
}
