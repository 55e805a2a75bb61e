package dev.lekha.mappings.gst.gstr3b;

import java.util.Objects;

/**
 * A computed GSTR-3B and the working of its table 5.1 (what the PDF summary shows a reviewer).
 *
 * @param gstr3b     the return; never null
 * @param lateFiling due date, days late, cash tax, interest and late fee; never null
 */
public record Gstr3bComputation(Gstr3bReturn gstr3b, LateFiling lateFiling) {

    public Gstr3bComputation {
        Objects.requireNonNull(gstr3b, "gstr3b must not be null");
        Objects.requireNonNull(lateFiling, "lateFiling must not be null");
    }
}
