package dev.lekha.hub.rfm;

import dev.lekha.domain.rfm.RfmRuns;
import dev.lekha.hub.jobs.CompanyChoices;
import dev.lekha.mappings.rfm.RfmSegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /rfm}: the latest completed {@code rfm} run's segments with their customers, a stacked bar chart of the
 * segment sizes over the last runs (inline SVG drawn here on the server), and the movements matrix from the
 * previous run's segments (rows) to the latest run's (columns).
 */
@Controller
public class RfmScreen {

    static final int RUNS_SHOWN = 12;
    static final String NOT_IN_PREVIOUS = "NONE";

    private final RfmRuns runs;
    private final CompanyChoices companies;

    public RfmScreen(RfmRuns runs, CompanyChoices companies) {
        this.runs = runs;
        this.companies = companies;
    }

    /** A segment of the latest run with its share. */
    record SegmentRow(String segment, long customers, String share) {
    }

    /** One row of the movements matrix: customers from {@code from} into each segment, in segment order. */
    record MatrixRow(String from, List<Long> to, long total) {
    }

    @GetMapping("/rfm")
    public String page(@RequestParam(required = false) Long companyId, Model model) {
        long company = companies.select(companyId, model);
        List<RfmRuns.Run> last = runs.runs(company, RUNS_SHOWN);
        RfmRuns.Run latest = last.isEmpty() ? null : last.get(last.size() - 1);
        model.addAttribute("latest", latest);
        model.addAttribute("chart", SegmentChart.of(last));
        model.addAttribute("segmentLabels", java.util.Arrays.stream(RfmSegment.values()).map(RfmSegment::label).toList());
        model.addAttribute("segments", latest == null ? List.of() : segments(latest));
        model.addAttribute("matrix", latest == null ? List.of() : matrix(runs.movements(company, latest.id())));
        return "rfm/segments";
    }

    private static List<SegmentRow> segments(RfmRuns.Run run) {
        List<SegmentRow> rows = new ArrayList<>();
        for (RfmSegment segment : RfmSegment.values()) {
            long n = run.segments().getOrDefault(segment.name(), 0L);
            String share = run.customers() == 0 ? "0.0%"
                    : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * n / run.customers());
            rows.add(new SegmentRow(segment.label(), n, share));
        }
        return rows;
    }

    private static List<MatrixRow> matrix(List<RfmRuns.Movement> movements) {
        Map<String, long[]> byFrom = new LinkedHashMap<>();
        for (RfmSegment s : RfmSegment.values()) {
            byFrom.put(s.name(), new long[RfmSegment.values().length]);
        }
        byFrom.put(NOT_IN_PREVIOUS, new long[RfmSegment.values().length]);
        for (RfmRuns.Movement m : movements) {
            byFrom.get(m.from())[RfmSegment.valueOf(m.to()).ordinal()] += m.customers();
        }
        List<MatrixRow> rows = new ArrayList<>();
        byFrom.forEach((from, counts) -> {
            long total = java.util.Arrays.stream(counts).sum();
            String label = from.equals(NOT_IN_PREVIOUS) ? "(not in the previous run)" : RfmSegment.valueOf(from).label();
            rows.add(new MatrixRow(label, java.util.Arrays.stream(counts).boxed().toList(), total));
        });
        return rows;
    }
}
