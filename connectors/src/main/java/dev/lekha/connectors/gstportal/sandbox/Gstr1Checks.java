package dev.lekha.connectors.gstportal.sandbox;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document-level checks the portal runs on a saved GSTR-1 after accepting it (their failures come back in
 * RETSTATUS as {@code PE} with an {@code error_report}, the other documents being kept): an invoice number used
 * twice within the payload ({@code RET100}), an item rate not in the rate list ({@code RET191175}) and a place of
 * supply that is not a state code ({@code RET191114}). Only {@code b2b} and {@code b2cl} invoices are checked;
 * that is a subset of the portal's checks, not all of them.
 */
final class Gstr1Checks {

    private static final List<String> SECTIONS = List.of("b2b", "b2cl");

    private Gstr1Checks() {
    }

    /**
     * Removes the failing invoices from {@code gstr1} (in place) and returns the error report
     * ({@code {"b2b":[{"ctin":…,"inv":[{"inum":…,"error_cd":…,"error_msg":…}]}]}}), empty when all passed.
     */
    static ObjectNode check(ObjectNode gstr1, GstPortalSandboxSettings settings) {
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        Set<String> seen = new HashSet<>();
        for (String section : SECTIONS) {
            JsonNode parties = gstr1.get(section);
            if (parties == null || !parties.isArray()) {
                continue;
            }
            for (JsonNode party : parties) {
                JsonNode invoices = party.get("inv");
                if (invoices == null || !invoices.isArray()) {
                    continue;
                }
                ArrayNode errors = JsonNodeFactory.instance.arrayNode();
                List<Integer> failed = new java.util.ArrayList<>();
                for (int i = 0; i < invoices.size(); i++) {
                    JsonNode invoice = invoices.get(i);
                    String inum = invoice.path("inum").asString("");
                    String[] error = firstError(invoice, party, settings);
                    // the first occurrence of a number stands; a later one in the same payload is the duplicate
                    if (error == null && !seen.add(inum.toUpperCase(java.util.Locale.ROOT))) {
                        error = new String[] {GstPortalErrorCodes.DUPLICATE_INVOICE,
                                GstPortalErrorCodes.DUPLICATE_INVOICE_MSG};
                    }
                    if (error != null) {
                        errors.addObject().put("inum", inum).put("error_cd", error[0]).put("error_msg", error[1]);
                        failed.add(i);
                    }
                }
                for (int k = failed.size() - 1; k >= 0; k--) {
                    ((ArrayNode) invoices).remove(failed.get(k).intValue());
                }
                if (!errors.isEmpty()) {
                    ArrayNode list = report.has(section) ? (ArrayNode) report.get(section) : report.putArray(section);
                    ObjectNode entry = list.addObject();
                    if (party.has("ctin")) {
                        entry.put("ctin", party.get("ctin").asString());
                    }
                    if (party.has("pos")) {
                        entry.put("pos", party.get("pos").asString());
                    }
                    entry.set("inv", errors);
                }
            }
        }
        return report;
    }

    private static String[] firstError(JsonNode invoice, JsonNode party, GstPortalSandboxSettings settings) {
        String pos = invoice.has("pos") ? invoice.get("pos").asString() : party.path("pos").asString(null);
        if (pos != null && !validPos(pos)) {
            return new String[] {GstPortalErrorCodes.INVALID_POS, GstPortalErrorCodes.INVALID_POS_MSG};
        }
        for (JsonNode item : invoice.path("itms")) {
            JsonNode rate = item.path("itm_det").get("rt");
            BigDecimal rt = rate == null || !rate.isNumber() ? null : rate.decimalValue();
            if (!settings.rateAllowed(rt)) {
                return new String[] {GstPortalErrorCodes.RATE_NOT_IN_LIST, GstPortalErrorCodes.RATE_NOT_IN_LIST_MSG
                        + " (" + (rate == null ? "no rt" : "rt " + rate.asString()) + ")"};
            }
        }
        return null;
    }

    private static boolean validPos(String pos) {
        if (!pos.matches("[0-9]{2}")) {
            return false;
        }
        int code = Integer.parseInt(pos);
        return code >= 1 && code <= 38 || code == 96 || code == 97;
    }
}
