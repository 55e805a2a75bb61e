package dev.lekha.domain.gst;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A GST state code: the two digits that open a GSTIN and name a place of supply.
 *
 * <p>The list is the GST state code list used by the GST portal and the NIC e-invoice schema
 * (State Code master, einvoice1.gst.gov.in "Masters"): 01–38, 96 (foreign country, for exports),
 * 97 (other territory) and 99 (centre jurisdiction). 25 (Daman and Diu) and 26 (Dadra and Nagar
 * Haveli) were merged in 2020 into one union territory that uses 26, but 25 stays a valid code because
 * older registrations and documents carry it. 28 (old Andhra Pradesh) is likewise kept.
 *
 * @param code the two digits, e.g. {@code 27}
 * @param name the state or territory
 */
public record StateCode(String code, String name) {

    /** Foreign country: the place of supply of an export. */
    public static final String FOREIGN = "96";

    private static final Map<String, String> NAMES = names();

    public StateCode {
        if (code == null || !NAMES.containsKey(code)) {
            throw new InvalidGstValueException("state code '" + code
                    + "' is not a GST state code: use two digits 01-38, 96 (foreign), 97 (other territory) or 99 (centre)");
        }
        name = NAMES.get(code);
    }

    /** The state code for two digits; throws {@link InvalidGstValueException} for anything else. */
    public static StateCode of(String code) {
        return new StateCode(code, null);
    }

    /** The state code if valid, empty otherwise (including null). */
    public static Optional<StateCode> tryOf(String code) {
        return code != null && NAMES.containsKey(code) ? Optional.of(of(code)) : Optional.empty();
    }

    /** True for 96, the place of supply of exports. */
    public boolean isForeign() {
        return FOREIGN.equals(code);
    }

    /** All valid codes in order, with names. */
    public static Map<String, String> all() {
        return NAMES;
    }

    @Override
    public String toString() {
        return code;
    }

    private static Map<String, String> names() {
        Map<String, String> m = new TreeMap<>();
        m.put("01", "Jammu and Kashmir");
        m.put("02", "Himachal Pradesh");
        m.put("03", "Punjab");
        m.put("04", "Chandigarh");
        m.put("05", "Uttarakhand");
        m.put("06", "Haryana");
        m.put("07", "Delhi");
        m.put("08", "Rajasthan");
        m.put("09", "Uttar Pradesh");
        m.put("10", "Bihar");
        m.put("11", "Sikkim");
        m.put("12", "Arunachal Pradesh");
        m.put("13", "Nagaland");
        m.put("14", "Manipur");
        m.put("15", "Mizoram");
        m.put("16", "Tripura");
        m.put("17", "Meghalaya");
        m.put("18", "Assam");
        m.put("19", "West Bengal");
        m.put("20", "Jharkhand");
        m.put("21", "Odisha");
        m.put("22", "Chhattisgarh");
        m.put("23", "Madhya Pradesh");
        m.put("24", "Gujarat");
        m.put("25", "Daman and Diu");
        m.put("26", "Dadra and Nagar Haveli and Daman and Diu");
        m.put("27", "Maharashtra");
        m.put("28", "Andhra Pradesh (before division)");
        m.put("29", "Karnataka");
        m.put("30", "Goa");
        m.put("31", "Lakshadweep");
        m.put("32", "Kerala");
        m.put("33", "Tamil Nadu");
        m.put("34", "Puducherry");
        m.put("35", "Andaman and Nicobar Islands");
        m.put("36", "Telangana");
        m.put("37", "Andhra Pradesh");
        m.put("38", "Ladakh");
        m.put("96", "Foreign Country");
        m.put("97", "Other Territory");
        m.put("99", "Centre Jurisdiction");
        return java.util.Collections.unmodifiableMap(m);
    }
}
