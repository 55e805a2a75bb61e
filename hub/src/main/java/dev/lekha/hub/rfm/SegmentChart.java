package dev.lekha.hub.rfm;

import dev.lekha.domain.rfm.RfmRuns;
import dev.lekha.mappings.rfm.RfmSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The stacked bar chart of segment sizes over runs, laid out for an inline SVG the page renders as it is (no
 * script, nothing loaded from elsewhere): one bar per run, oldest left, its height the run's customers against the
 * largest run, one band per segment in the map's order (Champions at the bottom).
 *
 * @param width  the drawing's width in SVG units
 * @param height the drawing's height
 * @param bars   one per run
 * @param legend one entry per segment
 */
record SegmentChart(int width, int height, List<Bar> bars, List<Band> legend) {

    static final int HEIGHT = 240;
    static final int PLOT_TOP = 10;
    static final int PLOT_BOTTOM = 200;
    static final int BAR_WIDTH = 36;
    static final int GAP = 16;
    static final int LEFT = 60;

    /** Eleven colours told apart in print and by most colour-blind readers, in segment order. */
    private static final String[] COLOURS = {"#1b7837", "#5aae61", "#a6dba0", "#4393c3", "#92c5de", "#fee090",
            "#fdae61", "#f46d43", "#d73027", "#999999", "#555555"};

    /** A run's bar: its label (as-of date), total, x, and bands bottom to top. */
    record Bar(String label, long customers, int x, int labelX, List<Band> bands) {
    }

    /** One segment's rectangle (in a bar) or legend entry. */
    record Band(String segment, String colour, long customers, int x, int y, int width, int height) {
    }

    static SegmentChart of(List<RfmRuns.Run> runs) {
        long max = runs.stream().mapToLong(RfmRuns.Run::customers).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int x = LEFT;
        for (RfmRuns.Run run : runs) {
            List<Band> bands = new ArrayList<>();
            double bottom = PLOT_BOTTOM;
            for (RfmSegment segment : RfmSegment.values()) {
                long n = run.segments().getOrDefault(segment.name(), 0L);
                if (n == 0) {
                    continue;
                }
                double h = max == 0 ? 0 : (PLOT_BOTTOM - PLOT_TOP) * (double) n / max;
                int top = (int) Math.round(bottom - h);
                bands.add(new Band(segment.label(), COLOURS[segment.ordinal()], n, x, top, BAR_WIDTH,
                        Math.max(1, (int) Math.round(bottom) - top)));
                bottom -= h;
            }
            bars.add(new Bar(run.asOf().toString(), run.customers(), x, x + BAR_WIDTH / 2, bands));
            x += BAR_WIDTH + GAP;
        }
        List<Band> legend = new ArrayList<>();
        int legendX = Math.max(x, LEFT) + 20;
        for (RfmSegment segment : RfmSegment.values()) {
            legend.add(new Band(segment.label(), COLOURS[segment.ordinal()], 0, legendX, PLOT_TOP + segment.ordinal() * 18,
                    12, 12));
        }
        return new SegmentChart(legendX + 160, HEIGHT, bars, legend);
    }
}
