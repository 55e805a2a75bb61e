package dev.lekha.connectors.nic.sandbox;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * E-way bill validity (CGST rule 138(10)): one day per 200 km or part thereof, one day per 20 km or part
 * for over-dimensional cargo; each day ends at midnight, so the bill is valid till 23:59:00 of the
 * generation date plus that many days (generated 2022-09-16 19:29 for 2467 km: 13 days, valid till
 * 2022-09-29 23:59:00, as the NIC portal answered). Also the sandbox's distance estimate for
 * {@code Distance 0}.
 */
public final class EwayBillValidity {

    /** The shortest distance the estimate gives, so two addresses in one PIN code still travel. */
    public static final int MINIMUM_ESTIMATED_KM = 10;
    /** The longest distance the e-way bill system accepts. */
    public static final int MAXIMUM_KM = 4000;

    private EwayBillValidity() {
    }

    /** Validity days for {@code distanceKm} (at least 1). */
    public static int validityDays(int distanceKm, boolean overDimensionalCargo) {
        int perDay = overDimensionalCargo ? 20 : 200;
        return Math.max(1, (distanceKm + perDay - 1) / perDay);
    }

    /** The moment the bill stops being valid: generation date + validity days, at 23:59:00. */
    public static LocalDateTime validTill(LocalDateTime generatedAt, int distanceKm, boolean overDimensionalCargo) {
        return generatedAt.toLocalDate().plusDays(validityDays(distanceKm, overDimensionalCargo)).atTime(LocalTime.of(23, 59));
    }

    /**
     * Deterministic PIN-to-PIN road distance estimate, standing in for the NIC's PIN distance master:
     * 5 km per step between the 3-digit sorting districts plus a tenth of the difference of the last three
     * digits, at least {@value #MINIMUM_ESTIMATED_KM} and at most {@value #MAXIMUM_KM} km.
     * E.g. 560001 to 110001: |560 - 110| x 5 = 2250 km.
     */
    public static int estimateKm(int fromPin, int toPin) {
        int districts = Math.abs(fromPin / 1000 - toPin / 1000) * 5;
        int local = Math.abs(fromPin % 1000 - toPin % 1000) / 10;
        return Math.max(MINIMUM_ESTIMATED_KM, Math.min(MAXIMUM_KM, districts + local));
    }
}
