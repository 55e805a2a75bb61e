package dev.lekha.mappings.mrp;

import java.util.List;

/**
 * The bills of materials loop back on themselves (an item is, through its components, a component of itself), so no
 * low-level codes exist and nothing can be planned. The message names the cycle, e.g. {@code A → B → C → A}.
 */
public class BomCycleException extends RuntimeException {

    private final List<String> cycle;

    public BomCycleException(List<String> cycle) {
        super("BOM cycle: " + String.join(" → ", cycle)
                + "; an item cannot be its own component: remove one of these BOM lines");
        this.cycle = List.copyOf(cycle);
    }

    /** The items of the cycle in order, the first repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }
}
