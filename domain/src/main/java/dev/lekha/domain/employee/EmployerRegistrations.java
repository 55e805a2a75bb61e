package dev.lekha.domain.employee;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer's registration numbers under the payroll schemes, which the statutory files carry: the EPFO
 * establishment code (ECR), the ESIC employer code (contribution upload) and a professional-tax registration (PTRC)
 * number per state (PT return). A number is checked for its published shape before it is kept, so a file is never
 * written with a code the portal refuses for its form alone.
 */
@Component
public class EmployerRegistrations {

    /** The schemes and the shape of their numbers. */
    public enum Scheme {
        /**
         * EPFO establishment code: two-letter region, three-letter office, seven-digit establishment and three-digit
         * extension (e.g. MHBAN0012345000), as the unified portal shows it.
         */
        EPF(Pattern.compile("[A-Z]{5}[0-9]{7}[0-9]{3}"), "15 characters: 5 letters then 10 digits, e.g. MHBAN0012345000",
                false),
        /** ESIC employer code: 17 digits. */
        ESIC(Pattern.compile("[0-9]{17}"), "17 digits", false),
        /** Professional-tax registration certificate number of a state (forms differ by state). */
        PT(Pattern.compile("[A-Z0-9/-]{5,30}"), "5 to 30 letters, digits, '/' or '-'", true),
        /** Labour welfare fund registration of a state. */
        LWF(Pattern.compile("[A-Z0-9/-]{3,30}"), "3 to 30 letters, digits, '/' or '-'", true);

        private final Pattern shape;
        private final String shapeText;
        private final boolean perState;

        Scheme(Pattern shape, String shapeText, boolean perState) {
            this.shape = shape;
            this.shapeText = shapeText;
            this.perState = perState;
        }

        public boolean perState() {
            return perState;
        }
    }

    /**
     * A company's registrations as the payroll files need them.
     *
     * @param epfEstablishmentCode null when not registered
     * @param esicEmployerCode     null when not registered
     * @param ptByState            PTRC number by state code; never null
     * @param lwfByState           labour welfare fund registration by state code; never null
     */
    public record Registrations(String epfEstablishmentCode, String esicEmployerCode, Map<String, String> ptByState,
                                Map<String, String> lwfByState) {
        public Registrations {
            ptByState = Map.copyOf(ptByState);
            lwfByState = Map.copyOf(lwfByState);
        }
    }

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final String ALL_INDIA = "-";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public EmployerRegistrations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records (or replaces) a registration number.
     *
     * @param state two-letter state code for PT and LWF; ignored (may be null) for EPF and ESIC
     * @throws IllegalArgumentException naming the field when the number or state does not have the right shape
     */
    @Transactional
    public void register(long companyId, Scheme scheme, String state, String number) {
        Objects.requireNonNull(scheme, "scheme");
        String value = number == null ? "" : number.trim().toUpperCase(java.util.Locale.ROOT);
        if (!scheme.shape.matcher(value).matches()) {
            throw new IllegalArgumentException(scheme + " registration number '" + value + "' must be "
                    + scheme.shapeText);
        }
        String region = ALL_INDIA;
        if (scheme.perState) {
            region = state == null ? "" : state.trim().toUpperCase(java.util.Locale.ROOT);
            if (!STATE.matcher(region).matches()) {
                throw new IllegalArgumentException(scheme + " registration needs a two-letter state code such as MH,"
                        + " was '" + (state == null ? "" : state) + "'");
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update employer_registration set registration_number = ?, updated_at = ?"
                + " where company_id = ? and scheme = ? and state_code = ?", value, now, companyId, scheme.name(), region);
        if (updated == 0) {
            jdbc.update("insert into employer_registration (company_id, scheme, state_code, registration_number,"
                    + " updated_at) values (?, ?, ?, ?, ?)", companyId, scheme.name(), region, value, now);
        }
    }

    /** The company's registrations; empty ones when it has none. */
    public Registrations forCompany(long companyId) {
        String[] epf = {null};
        String[] esic = {null};
        Map<String, String> pt = new LinkedHashMap<>();
        Map<String, String> lwf = new LinkedHashMap<>();
        List<String[]> rows = jdbc.query("select scheme, state_code, registration_number from employer_registration"
                + " where company_id = ? order by scheme, state_code",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, companyId);
        for (String[] r : rows) {
            switch (r[0]) {
                case "EPF" -> epf[0] = r[2];
                case "ESIC" -> esic[0] = r[2];
                case "PT" -> pt.put(r[1], r[2]);
                case "LWF" -> lwf.put(r[1], r[2]);
                default -> throw new IllegalStateException("unknown registration scheme " + r[0]);
            }
        }
        return new Registrations(epf[0], esic[0], pt, lwf);
    }
}
