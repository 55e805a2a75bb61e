package dev.lekha.mappings.gst.gstr1;

import dev.lekha.mappings.gst.gstr1.Gstr1Return.Advance;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2bInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2clInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2csEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2csaEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.DocumentSeries;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.ExportInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnTable;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Item;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.NilEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Note;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Original;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.UnregisteredNote;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GSTR-1 JSON in the portal's format (as {@link Gstr1JsonWriter} writes it) back into a
 * {@link Gstr1Return}. It builds the whole tree in memory: meant for checking a file (tests, review), not for
 * the million-invoice return, which is only ever written. Unknown fields are ignored.
 */
public final class Gstr1JsonParser {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Gstr1JsonParser() {
    }

    /**
     * @throws UnreadableGstr1Exception naming the section and field when the JSON is not a GSTR-1
     */
    public static Gstr1Return parse(InputStream json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new UnreadableGstr1Exception("the GSTR-1 file is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableGstr1Exception("the GSTR-1 file is not a JSON object with gstin and fp");
        }
        Map<HsnTable, List<HsnEntry>> hsn = new EnumMap<>(HsnTable.class);
        JsonNode hsnNode = root.path("hsn");
        for (HsnTable table : HsnTable.values()) {
            if (hsnNode.has(table.json())) {
                hsn.put(table, list(hsnNode.get(table.json()), Gstr1JsonParser::hsnEntry));
            }
        }
        List<DocumentSeries> docs = new ArrayList<>();
        for (JsonNode det : root.path("doc_issue").path("doc_det")) {
            int nature = det.path("doc_num").asInt();
            for (JsonNode d : det.path("docs")) {
                docs.add(new DocumentSeries(nature, d.path("num").asInt(), text(d, "from"), text(d, "to"),
                        d.path("totnum").asInt(), d.path("cancel").asInt(), d.path("net_issue").asInt()));
            }
        }
        return new Gstr1Return(required(root, "gstin"), required(root, "fp"),
                grouped(root, "b2b", "ctin", "inv", Gstr1JsonParser::b2b),
                grouped(root, "b2ba", "ctin", "inv", Gstr1JsonParser::b2b),
                grouped(root, "b2cl", "pos", "inv", Gstr1JsonParser::b2cl),
                grouped(root, "b2cla", "pos", "inv", Gstr1JsonParser::b2cl),
                list(root.path("b2cs"), Gstr1JsonParser::b2cs),
                list(root.path("b2csa"), Gstr1JsonParser::b2csa),
                grouped(root, "cdnr", "ctin", "nt", Gstr1JsonParser::note),
                grouped(root, "cdnra", "ctin", "nt", Gstr1JsonParser::note),
                list(root.path("cdnur"), Gstr1JsonParser::unregisteredNote),
                list(root.path("cdnura"), Gstr1JsonParser::unregisteredNote),
                grouped(root, "exp", "exp_typ", "inv", Gstr1JsonParser::export),
                grouped(root, "expa", "exp_typ", "inv", Gstr1JsonParser::export),
                list(root.path("at"), Gstr1JsonParser::advance),
                list(root.path("txpd"), Gstr1JsonParser::advance),
                list(root.path("nil").path("inv"), n -> new NilEntry(text(n, "sply_ty"), money(n, "nil_amt"),
                        money(n, "expt_amt"), money(n, "ngsup_amt"))),
                hsn, docs);
    }

    private record Grouped(String key, JsonNode row) {
    }

    private static <T> List<T> grouped(JsonNode root, String section, String keyField, String listField,
                                       Function<Grouped, T> row) {
        List<T> out = new ArrayList<>();
        for (JsonNode group : root.path(section)) {
            String key = text(group, keyField);
            for (JsonNode r : group.path(listField)) {
                out.add(row.apply(new Grouped(key, r)));
            }
        }
        return out;
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> row) {
        List<T> out = new ArrayList<>();
        for (JsonNode r : array) {
            out.add(row.apply(r));
        }
        return out;
    }

    private static B2bInvoice b2b(Grouped g) {
        JsonNode r = g.row();
        return new B2bInvoice(g.key(), original(r, "oinum", "oidt"), text(r, "inum"), date(r, "idt"), money(r, "val"),
                text(r, "pos"), "Y".equals(text(r, "rchrg")), text(r, "etin"), text(r, "inv_typ"), items(r),
                text(r, "flag"));
    }

    private static B2clInvoice b2cl(Grouped g) {
        JsonNode r = g.row();
        return new B2clInvoice(g.key(), original(r, "oinum", "oidt"), text(r, "inum"), date(r, "idt"),
                money(r, "val"), text(r, "etin"), items(r), text(r, "flag"));
    }

    private static B2csEntry b2cs(JsonNode r) {
        return new B2csEntry(text(r, "sply_ty"), text(r, "pos"), text(r, "typ"), text(r, "etin"), money(r, "rt"),
                amounts(r, "txval"));
    }

    private static B2csaEntry b2csa(JsonNode r) {
        List<Item> items = new ArrayList<>();
        for (JsonNode i : r.path("itms")) {
            items.add(new Item(items.size() + 1, money(i, "rt"), amounts(i, "txval")));
        }
        return new B2csaEntry(text(r, "omon"), text(r, "sply_ty"), text(r, "pos"), text(r, "typ"), text(r, "etin"),
                items);
    }

    private static Note note(Grouped g) {
        JsonNode r = g.row();
        return new Note(g.key(), original(r, "ont_num", "ont_dt"), text(r, "ntty"), text(r, "nt_num"),
                date(r, "nt_dt"), money(r, "val"), text(r, "pos"), "Y".equals(text(r, "rchrg")), text(r, "inv_typ"),
                items(r), text(r, "flag"));
    }

    private static UnregisteredNote unregisteredNote(JsonNode r) {
        return new UnregisteredNote(text(r, "typ"), original(r, "ont_num", "ont_dt"), text(r, "ntty"),
                text(r, "nt_num"), date(r, "nt_dt"), money(r, "val"), text(r, "pos"), items(r), text(r, "flag"));
    }

    private static ExportInvoice export(Grouped g) {
        JsonNode r = g.row();
        List<Item> items = new ArrayList<>();
        int num = 1;
        for (JsonNode i : r.path("itms")) {
            items.add(new Item(num++, money(i, "rt"), amounts(i, "txval")));
        }
        return new ExportInvoice(g.key(), original(r, "oinum", "oidt"), text(r, "inum"), date(r, "idt"),
                money(r, "val"), text(r, "sbpcode"), text(r, "sbnum"), r.has("sbdt") ? date(r, "sbdt") : null,
                items, text(r, "flag"));
    }

    private static Advance advance(JsonNode r) {
        List<Item> items = new ArrayList<>();
        int num = 1;
        for (JsonNode i : r.path("itms")) {
            items.add(new Item(num++, money(i, "rt"), amounts(i, "ad_amt")));
        }
        return new Advance(text(r, "pos"), text(r, "sply_ty"), items);
    }

    private static HsnEntry hsnEntry(JsonNode r) {
        return new HsnEntry(r.path("num").asInt(), text(r, "hsn_sc"), text(r, "desc"), text(r, "uqc"),
                money(r, "qty"), money(r, "rt"), amounts(r, "txval"));
    }

    private static List<Item> items(JsonNode r) {
        List<Item> items = new ArrayList<>();
        for (JsonNode i : r.path("itms")) {
            JsonNode d = i.path("itm_det");
            items.add(new Item(i.path("num").asInt(), money(d, "rt"), amounts(d, "txval")));
        }
        return items;
    }

    private static Gstr1Amounts amounts(JsonNode n, String taxable) {
        return new Gstr1Amounts(money(n, taxable), money(n, "iamt"), money(n, "camt"), money(n, "samt"),
                money(n, "csamt"));
    }

    private static Original original(JsonNode r, String number, String date) {
        return r.has(number) ? new Original(text(r, number), date(r, date)) : null;
    }

    private static BigDecimal money(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Gstr1Amounts.money(BigDecimal.ZERO);
        }
        if (!v.isNumber()) {
            throw new UnreadableGstr1Exception("field '" + field + "' is '" + v + "', not a number");
        }
        return Gstr1Amounts.money(v.decimalValue());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new UnreadableGstr1Exception("the GSTR-1 file has no '" + field + "'");
        }
        return v;
    }

    private static LocalDate date(JsonNode n, String field) {
        String v = text(n, field);
        try {
            return LocalDate.parse(v, Gstr1JsonWriter.DATE);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new UnreadableGstr1Exception("field '" + field + "' is '" + v + "', not a date dd-mm-yyyy");
        }
    }
}
