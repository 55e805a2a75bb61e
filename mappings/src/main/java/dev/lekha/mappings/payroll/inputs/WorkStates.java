package dev.lekha.mappings.payroll.inputs;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The states and union territories an employee can work in, by the two-letter code the employee master stores
 * (vehicle-registration style, as payroll and PT returns commonly use; TG for Telangana). Older or ISO spellings
 * (TS, OR, UT, CT, DD, DN) and full names are accepted and turned into the code.
 */
public final class WorkStates {

    /** Code to name, in alphabetical order of code. */
    public static final Map<String, String> CODES = codes();

    private static final Map<String, String> ALIASES = Map.of("TS", "TG", "OR", "OD", "UT", "UK", "CT", "CG",
            "DD", "DH", "DN", "DH", "UA", "UK");

    private WorkStates() {
    }

    private static Map<String, String> codes() {
        Map<String, String> m = new LinkedHashMap<>();
        String[][] pairs = {{"AN", "Andaman and Nicobar Islands"}, {"AP", "Andhra Pradesh"}, {"AR", "Arunachal Pradesh"},
                {"AS", "Assam"}, {"BR", "Bihar"}, {"CG", "Chhattisgarh"}, {"CH", "Chandigarh"},
                {"DH", "Dadra and Nagar Haveli and Daman and Diu"}, {"DL", "Delhi"}, {"GA", "Goa"}, {"GJ", "Gujarat"},
                {"HP", "Himachal Pradesh"}, {"HR", "Haryana"}, {"JH", "Jharkhand"}, {"JK", "Jammu and Kashmir"},
                {"KA", "Karnataka"}, {"KL", "Kerala"}, {"LA", "Ladakh"}, {"LD", "Lakshadweep"}, {"MH", "Maharashtra"},
                {"ML", "Meghalaya"}, {"MN", "Manipur"}, {"MP", "Madhya Pradesh"}, {"MZ", "Mizoram"}, {"NL", "Nagaland"},
                {"OD", "Odisha"}, {"PB", "Punjab"}, {"PY", "Puducherry"}, {"RJ", "Rajasthan"}, {"SK", "Sikkim"},
                {"TG", "Telangana"}, {"TN", "Tamil Nadu"}, {"TR", "Tripura"}, {"UK", "Uttarakhand"},
                {"UP", "Uttar Pradesh"}, {"WB", "West Bengal"}};
        for (String[] p : pairs) {
            m.put(p[0], p[1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The code for a code, alias or full name (any case); empty when none matches. */
    public static Optional<String> code(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (CODES.containsKey(v)) {
            return Optional.of(v);
        }
        if (ALIASES.containsKey(v)) {
            return Optional.of(ALIASES.get(v));
        }
        String name = v.replace("&", "AND").replaceAll("[^A-Z]", "");
        return CODES.entrySet().stream()
                .filter(e -> e.getValue().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "").equals(name))
                .map(Map.Entry::getKey).findFirst();
    }
}
