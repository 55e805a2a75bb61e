package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.InvalidGstValueException;
import dev.lekha.domain.gst.ItcAvailability;
import dev.lekha.domain.gst.TaxHeads;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The GST portal's GSTR-3B JSON (the file the offline utility and the returns API's "save GSTR-3B" take),
 * written and read.
 *
 * <p>Shape, field names and row codes follow the portal's GSTR-3B JSON as GSTN-integrated software writes
 * it (india-compliance {@code gstr_3b_report_template.json}, resilient-tech/india-compliance, 2025; the
 * returns API GSTR-3B save/get payload):
 * <pre>
 * {"gstin":…, "ret_period":"MMYYYY",
 *  "sup_details":{"osup_det":{txval,iamt,camt,samt,csamt}, "osup_zero":{txval,iamt,csamt},
 *                 "osup_nil_exmp":{txval}, "isup_rev":{txval,iamt,camt,samt,csamt}, "osup_nongst":{txval}},
 *  "eco_dtls":{"eco_sup":{txval,iamt,camt,samt,csamt}, "eco_reg_sup":{txval}},
 *  "inter_sup":{"unreg_details":[{pos,txval,iamt}], "comp_details":[…], "uin_details":[…]},
 *  "itc_elg":{"itc_avl":[{ty:IMPG|IMPS|ISRC|ISD|OTH, iamt,camt,samt,csamt}], "itc_rev":[{ty:RUL|OTH,…}],
 *             "itc_net":{iamt,camt,samt,csamt}, "itc_inelg":[{ty:RUL|OTH,…}]},
 *  "inward_sup":{"isup_details":[{ty:GST, inter, intra}, {ty:NONGST, inter, intra}]},
 *  "intr_ltfee":{"intr_details":{iamt,camt,samt,csamt}, "ltfee_details":{iamt,camt,samt,csamt}}}
 * </pre>
 * Table 4 rows: {@code itc_avl} IMPG = 4A(1), IMPS = 4A(2), ISRC = 4A(3), ISD = 4A(4), OTH = 4A(5);
 * {@code itc_rev} RUL = 4B(1) (rules 38, 42, 43 and section 17(5)), OTH = 4B(2); {@code itc_net} = 4C;
 * {@code itc_inelg} RUL = 4D(1) (reclaimed after an earlier 4B(2) reversal), OTH = 4D(2) (section 16(4)
 * and place-of-supply restrictions), as the table was recast by Notification 14/2022-Central Tax.
 * Amounts are JSON numbers with two decimals; 3.2 rows have two-digit {@code pos} codes.
 */
public final class Gstr3bJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final String[] HEADS = {"iamt", "camt", "samt", "csamt"};

    private Gstr3bJson() {
    }

    /** The return as portal JSON, UTF-8, every table included. */
    public static byte[] write(Gstr3bReturn gstr3b) {
        return write(gstr3b, true);
    }

    /**
     * The return as portal JSON, UTF-8.
     *
     * @param withInterState whether to write table 3.2 ({@code inter_sup}). From the November 2025 tax period
     *                       the portal fills table 3.2 from GSTR-1/1A/IFF and does not let it be edited (GSTN
     *                       advisory of December 2025), so the return no longer carries it; the caller decides
     *                       from dated data ({@code statutory_rate} GSTR3B/TABLE_3_2_FROM_GSTR1)
     */
    public static byte[] write(Gstr3bReturn gstr3b, boolean withInterState) {
        return MAPPER.writeValueAsBytes(tree(gstr3b, withInterState));
    }

    /** The return as a JSON tree, every table included (for tests and the API). */
    public static ObjectNode tree(Gstr3bReturn r) {
        return tree(r, true);
    }

    /** The return as a JSON tree; {@code inter_sup} only when {@code withInterState}. */
    public static ObjectNode tree(Gstr3bReturn r, boolean withInterState) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("gstin", r.gstin());
        root.put("ret_period", r.period().toString());

        ObjectNode sup = root.putObject("sup_details");
        Gstr3bReturn.OutwardSupplies o = r.outward();
        full(sup.putObject("osup_det"), o.taxable());
        ObjectNode zero = sup.putObject("osup_zero");
        amount(zero, "txval", o.zeroRated().taxableValue());
        amount(zero, "iamt", o.zeroRated().tax().igst());
        amount(zero, "csamt", o.zeroRated().tax().cess());
        amount(sup.putObject("osup_nil_exmp"), "txval", o.nilRatedAndExempt().taxableValue());
        full(sup.putObject("isup_rev"), o.inwardReverseCharge());
        amount(sup.putObject("osup_nongst"), "txval", o.nonGst().taxableValue());

        ObjectNode eco = root.putObject("eco_dtls");
        full(eco.putObject("eco_sup"), r.ecommerce().operatorPays());
        amount(eco.putObject("eco_reg_sup"), "txval", r.ecommerce().throughOperator());

        if (withInterState) {
            ObjectNode inter = root.putObject("inter_sup");
            positions(inter.putArray("unreg_details"), r.interState().unregistered());
            positions(inter.putArray("comp_details"), r.interState().composition());
            positions(inter.putArray("uin_details"), r.interState().uinHolders());
        }

        ItcAvailability itc = r.itc();
        ObjectNode elg = root.putObject("itc_elg");
        ArrayNode avl = elg.putArray("itc_avl");
        typed(avl, "IMPG", itc.importOfGoods());
        typed(avl, "IMPS", itc.importOfServices());
        typed(avl, "ISRC", itc.inwardReverseCharge());
        typed(avl, "ISD", itc.inwardFromIsd());
        typed(avl, "OTH", itc.allOtherItc());
        ArrayNode rev = elg.putArray("itc_rev");
        typed(rev, "RUL", itc.reversedRules38_42_43AndSection17_5());
        typed(rev, "OTH", itc.reversedOthers());
        heads(elg.putObject("itc_net"), itc.net());
        ArrayNode inelg = elg.putArray("itc_inelg");
        typed(inelg, "RUL", itc.reclaimedAfterReversal());
        typed(inelg, "OTH", itc.ineligibleSection16_4AndPos());

        ArrayNode isup = root.putObject("inward_sup").putArray("isup_details");
        ObjectNode gst = isup.addObject();
        gst.put("ty", "GST");
        amount(gst, "inter", r.exemptInward().gstInter());
        amount(gst, "intra", r.exemptInward().gstIntra());
        ObjectNode nonGst = isup.addObject();
        nonGst.put("ty", "NONGST");
        amount(nonGst, "inter", r.exemptInward().nonGstInter());
        amount(nonGst, "intra", r.exemptInward().nonGstIntra());

        ObjectNode fees = root.putObject("intr_ltfee");
        heads(fees.putObject("intr_details"), r.interestAndLateFee().interest());
        heads(fees.putObject("ltfee_details"), r.interestAndLateFee().lateFee());
        return root;
    }

    /**
     * Reads portal GSTR-3B JSON. Absent blocks and amounts are zero (the portal omits empty ones);
     * unknown fields are ignored (the portal's "get" adds its own, such as the payment table).
     *
     * @throws Gstr3bJsonException naming the field, when the file is not JSON, the GSTIN or period is missing
     *                             or malformed, an amount is not a number, a row code is unknown, or
     *                             {@code itc_net} is not {@code itc_avl − itc_rev}
     */
    public static Gstr3bReturn read(byte[] content) {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JacksonException e) {
            throw new Gstr3bJsonException(null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Gstr3bJsonException(null, "a GSTR-3B file is one JSON object with gstin and ret_period");
        }
        String gstin = text(root, "gstin");
        String periodText = text(root, "ret_period");
        GstReturnPeriod period;
        try {
            period = GstReturnPeriod.parse(periodText);
        } catch (InvalidGstValueException e) {
            throw new Gstr3bJsonException("ret_period", e.getMessage());
        }

        JsonNode sup = object(root, "sup_details");
        Gstr3bReturn.OutwardSupplies outward = new Gstr3bReturn.OutwardSupplies(
                full(sup, "sup_details", "osup_det"), full(sup, "sup_details", "osup_zero"),
                full(sup, "sup_details", "osup_nil_exmp"), full(sup, "sup_details", "isup_rev"),
                full(sup, "sup_details", "osup_nongst"));
        JsonNode eco = object(root, "eco_dtls");
        Gstr3bReturn.EcommerceSupplies ecommerce = new Gstr3bReturn.EcommerceSupplies(
                full(eco, "eco_dtls", "eco_sup"), full(eco, "eco_dtls", "eco_reg_sup").taxableValue());
        JsonNode inter = object(root, "inter_sup");
        Gstr3bReturn.InterStateSupplies interState = new Gstr3bReturn.InterStateSupplies(
                positions(inter, "unreg_details"), positions(inter, "comp_details"), positions(inter, "uin_details"));

        JsonNode elg = object(root, "itc_elg");
        TaxHeads[] avl = typed(elg, "itc_avl", List.of("IMPG", "IMPS", "ISRC", "ISD", "OTH"));
        TaxHeads[] rev = typed(elg, "itc_rev", List.of("RUL", "OTH"));
        TaxHeads[] inelg = typed(elg, "itc_inelg", List.of("RUL", "OTH"));
        ItcAvailability itc = new ItcAvailability(avl[0], avl[1], avl[2], avl[3], avl[4], rev[0], rev[1], inelg[0],
                inelg[1]);
        if (elg.has("itc_net")) {
            TaxHeads net = heads(elg.get("itc_net"), "itc_elg.itc_net");
            if (!same(net, itc.net())) {
                throw new Gstr3bJsonException("itc_elg.itc_net", "is " + net + " but itc_avl − itc_rev is " + itc.net()
                        + ": table 4C must be 4A − 4B");
            }
        }

        BigDecimal[] exempt = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        JsonNode isup = object(object(root, "inward_sup"), "isup_details");
        if (!isup.isMissingNode() && !isup.isNull()) {
            if (!isup.isArray()) {
                throw new Gstr3bJsonException("inward_sup.isup_details", "expected an array of {ty, inter, intra}");
            }
            for (int k = 0; k < isup.size(); k++) {
                JsonNode row = isup.get(k);
                String path = "inward_sup.isup_details[" + k + "]";
                String ty = text(row, "ty", path);
                int base = switch (ty) {
                    case "GST" -> 0;
                    case "NONGST" -> 2;
                    default -> throw new Gstr3bJsonException(path + ".ty", "'" + ty + "' is not GST or NONGST");
                };
                exempt[base] = exempt[base].add(amount(row, "inter", path));
                exempt[base + 1] = exempt[base + 1].add(amount(row, "intra", path));
            }
        }
        JsonNode fees = object(root, "intr_ltfee");
        Gstr3bReturn.InterestAndLateFee table51 = new Gstr3bReturn.InterestAndLateFee(
                heads(object(fees, "intr_details"), "intr_ltfee.intr_details"),
                heads(object(fees, "ltfee_details"), "intr_ltfee.ltfee_details"));
        return new Gstr3bReturn(gstin, period, outward, ecommerce, interState, itc,
                new Gstr3bReturn.ExemptInward(exempt[0], exempt[1], exempt[2], exempt[3]), table51);
    }

    /** The bytes as UTF-8 text (for logs and tests). */
    public static String toText(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }

    private static void full(ObjectNode node, SupplyValue value) {
        amount(node, "txval", value.taxableValue());
        heads(node, value.tax());
    }

    private static void heads(ObjectNode node, TaxHeads tax) {
        amount(node, "iamt", tax.igst());
        amount(node, "camt", tax.cgst());
        amount(node, "samt", tax.sgst());
        amount(node, "csamt", tax.cess());
    }

    private static void typed(ArrayNode array, String ty, TaxHeads tax) {
        ObjectNode row = array.addObject();
        row.put("ty", ty);
        heads(row, tax);
    }

    private static void positions(ArrayNode array, List<PlaceOfSupplyValue> rows) {
        for (PlaceOfSupplyValue v : rows) {
            ObjectNode row = array.addObject();
            row.put("pos", v.placeOfSupply());
            amount(row, "txval", v.taxableValue());
            amount(row, "iamt", v.igst());
        }
    }

    private static void amount(ObjectNode node, String name, BigDecimal value) {
        node.put(name, Money.of(value));
    }

    private static JsonNode object(JsonNode parent, String name) {
        JsonNode node = parent.path(name);
        return node.isNull() ? tools.jackson.databind.node.MissingNode.getInstance() : node;
    }

    private static String text(JsonNode node, String name) {
        return text(node, name, null);
    }

    private static String text(JsonNode node, String name, String parent) {
        String path = parent == null ? name : parent + "." + name;
        JsonNode value = node.path(name);
        if (!value.isString() || value.asString().isBlank()) {
            throw new Gstr3bJsonException(path, "is missing or not text");
        }
        return value.asString().trim();
    }

    private static SupplyValue full(JsonNode parent, String parentPath, String name) {
        JsonNode node = object(parent, name);
        String path = parentPath + "." + name;
        return new SupplyValue(amount(node, "txval", path), heads(node, path));
    }

    private static TaxHeads heads(JsonNode node, String path) {
        BigDecimal[] v = new BigDecimal[HEADS.length];
        for (int k = 0; k < HEADS.length; k++) {
            v[k] = amount(node, HEADS[k], path);
        }
        return new TaxHeads(v[0], v[1], v[2], v[3]);
    }

    private static BigDecimal amount(JsonNode node, String name, String parent) {
        JsonNode value = node.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return Money.ZERO;
        }
        if (!value.isNumber()) {
            throw new Gstr3bJsonException(parent + "." + name, "'" + value + "' is not a number of rupees");
        }
        return Money.of(value.decimalValue());
    }

    private static List<PlaceOfSupplyValue> positions(JsonNode inter, String name) {
        JsonNode array = object(inter, name);
        String path = "inter_sup." + name;
        List<PlaceOfSupplyValue> rows = new ArrayList<>();
        if (array.isMissingNode()) {
            return rows;
        }
        if (!array.isArray()) {
            throw new Gstr3bJsonException(path, "expected an array of {pos, txval, iamt}");
        }
        for (int k = 0; k < array.size(); k++) {
            JsonNode row = array.get(k);
            String rowPath = path + "[" + k + "]";
            rows.add(new PlaceOfSupplyValue(text(row, "pos", rowPath), amount(row, "txval", rowPath),
                    amount(row, "iamt", rowPath)));
        }
        return rows;
    }

    private static TaxHeads[] typed(JsonNode elg, String name, List<String> codes) {
        TaxHeads[] out = new TaxHeads[codes.size()];
        java.util.Arrays.fill(out, TaxHeads.ZERO);
        JsonNode array = object(elg, name);
        String path = "itc_elg." + name;
        if (array.isMissingNode()) {
            return out;
        }
        if (!array.isArray()) {
            throw new Gstr3bJsonException(path, "expected an array of {ty, iamt, camt, samt, csamt}");
        }
        for (int k = 0; k < array.size(); k++) {
            String rowPath = path + "[" + k + "]";
            String ty = text(array.get(k), "ty", rowPath);
            int at = codes.indexOf(ty);
            if (at < 0) {
                throw new Gstr3bJsonException(rowPath + ".ty", "'" + ty + "' is not one of " + codes);
            }
            out[at] = out[at].plus(heads(array.get(k), rowPath));
        }
        return out;
    }

    private static boolean same(TaxHeads a, TaxHeads b) {
        return a.igst().compareTo(b.igst()) == 0 && a.cgst().compareTo(b.cgst()) == 0
                && a.sgst().compareTo(b.sgst()) == 0 && a.cess().compareTo(b.cess()) == 0;
    }
}
