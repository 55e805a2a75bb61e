package dev.lekha.mappings.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Row 1 of a bulk sheet read against the columns its format knows: where each column stands, and every problem
 * with the headings (an unknown heading, a heading given twice, a required column missing). The drops that take a
 * sheet (orders, purchase invoices) share it so that a finance user gets the same words for the same mistake.
 *
 * <p>Headings match case-insensitively, ignoring surrounding spaces, with a space counting as {@code _}; blank
 * headings are ignored. A problem's row is 1 for a heading in the header row and null for a missing column.
 *
 * @param <C> the format's columns, in the order they are listed to the user
 */
public final class HeaderRow<C extends Enum<C> & HeaderRow.Heading> {

    /** A column a sheet format knows; an enum constant {@code NET_AMOUNT} is headed {@code net_amount}. */
    public interface Heading {

        /** The constant's name (an enum implements it). */
        String name();

        /** The heading as documented: the name in lower case; never null. */
        default String header() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether a sheet without this column is refused. */
        boolean required();
    }

    /**
     * One problem with the header row.
     *
     * @param row     1 for a heading found in the header row, null for a column that is not there
     * @param column  the heading as written (stripped), or the documented heading of a missing column
     * @param message what is wrong and how to fix it
     */
    public record Problem(Integer row, String column, String message) {
    }

    private final Map<C, Integer> positions;
    private final List<Problem> problems;

    private HeaderRow(Map<C, Integer> positions, List<Problem> problems) {
        this.positions = positions;
        this.problems = problems;
    }

    /**
     * Reads a header row.
     *
     * @param header  the headings of row 1, left to right (null or blank entries allowed); must not be null
     * @param columns the format's column type; must not be null
     * @return never null
     */
    public static <C extends Enum<C> & Heading> HeaderRow<C> read(List<String> header, Class<C> columns) {
        Objects.requireNonNull(header, "header must not be null");
        C[] known = columns.getEnumConstants();
        Map<C, Integer> positions = new EnumMap<>(columns);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h == null || h.isBlank()) {
                continue;
            }
            String name = normalise(h);
            C column = Arrays.stream(known).filter(c -> c.header().equals(name)).findFirst().orElse(null);
            if (column == null) {
                problems.add(new Problem(1, h.strip(), "unknown column; the columns are "
                        + Arrays.stream(known).map(Heading::header).collect(Collectors.joining(", "))));
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.add(new Problem(1, h.strip(), "the column appears twice; keep one"));
            }
        }
        for (C c : known) {
            if (c.required() && !positions.containsKey(c)) {
                problems.add(new Problem(null, c.header(), "required column is missing; add a column headed '"
                        + c.header() + "' to row 1"));
            }
        }
        return new HeaderRow<>(Collections.unmodifiableMap(positions), List.copyOf(problems));
    }

    /** A heading as it is compared: stripped, lower case, spaces as {@code _}. */
    static String normalise(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** The 0-based position of each column found (the first, when a heading is repeated); never null. */
    public Map<C, Integer> positions() {
        return positions;
    }

    /** Every problem, headings left to right then missing columns in the format's order; empty when none. */
    public List<Problem> problems() {
        return problems;
    }
}
