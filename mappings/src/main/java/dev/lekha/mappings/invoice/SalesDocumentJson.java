package dev.lekha.mappings.invoice;

import dev.lekha.domain.invoice.IncomingSalesDocument;
import dev.lekha.domain.invoice.IncomingSalesDocument.Buyer;
import dev.lekha.domain.invoice.IncomingSalesDocument.Line;
import dev.lekha.domain.invoice.IncomingSalesDocument.PrecedingDocument;
import dev.lekha.domain.invoice.IncomingSalesDocument.Totals;
import dev.lekha.domain.invoice.IncomingSalesDocument.Transport;
import dev.lekha.mappings.invoice.SalesDocumentFile.RowError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
 * Lekha's JSON format for sales documents, shared by {@code POST /api/invoices}, the
 * {@code lekha.invoices.in} queue and the {@code sales-invoices} drop.
 *
 * <p>A file holds one document object, an array of them, or {@code {"documents":[…]}}. Field names
 * are exactly the components of {@link IncomingSalesDocument} and its nested records; dates are
 * {@code yyyy-MM-dd}; amounts are JSON numbers or strings and are read exactly as decimals (never
 * through {@code double}); rupee amounts (taxable value, discount, taxes, totals) get at least 2
 * decimals. A {@code null} field is the same as an absent one. Unknown fields are rejected with
 * their path, so a misspelt field is never silently ignored.
 *
 * <p>Errors: {@link RowError#row()} is the 1-based position of the document in the file (null for
 * problems with the file as a whole) and {@link RowError#field()} the path inside that document,
 * with 0-based array indexes as in JSONPath ({@code lines[0].cgst} is the first line's CGST).
 */
public final class SalesDocumentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private static final List<String> DOCUMENT_FIELDS = List.of("messageId", "documentType", "documentNumber",
            "documentDate", "supplierGstin", "supplyType", "reverseCharge", "placeOfSupply", "buyer",
            "precedingDocument", "lines", "totals", "transport", "ecommerceGstin", "export", "amends");
    private static final List<String> EXPORT_FIELDS = List.of("portCode", "shippingBillNumber", "shippingBillDate");
    private static final List<String> BUYER_FIELDS =
            List.of("gstin", "legalName", "stateCode", "address", "pincode", "email", "phone");
    private static final List<String> PRECEDING_FIELDS = List.of("number", "date");
    private static final List<String> LINE_FIELDS = List.of("lineNo", "description", "hsn", "service", "quantity",
            "uqc", "unitPrice", "discount", "taxableValue", "gstRate", "igst", "cgst", "sgst", "cess", "taxCategory");
    private static final List<String> TRANSPORT_FIELDS = List.of("transporterId", "transporterName", "mode",
            "distanceKm", "documentNumber", "documentDate", "vehicleNumber", "overDimensionalCargo");
    private static final List<String> TOTALS_FIELDS = List.of("taxableValue", "igst", "cgst", "sgst", "cess",
            "otherCharges", "roundOff", "total");

    private SalesDocumentJson() {
    }

    /**
     * Reads a JSON file of one or more documents.
     *
     * @param fileName the file's name, kept in the result for messages
     * @param content  the file's bytes (UTF-8); must not be null
     * @return every document, or every problem found (and then no documents); never null
     */
    public static SalesDocumentFile read(String fileName, byte[] content) {
        List<RowError> errors = new ArrayList<>();
        JsonNode root = parse(content, errors);
        if (root == null) {
            return new SalesDocumentFile(fileName, List.of(), errors);
        }
        JsonNode array = root;
        if (root.isObject() && root.has("documents")) {
            for (String name : root.propertyNames()) {
                if (!name.equals("documents")) {
                    errors.add(new RowError(null, name, "unknown field beside \"documents\"; the file holds"
                            + " one document, an array of documents, or {\"documents\":[...]} and nothing else"));
                }
            }
            array = root.get("documents");
            if (!array.isArray()) {
                errors.add(new RowError(null, "documents", "expected an array of document objects"));
                return new SalesDocumentFile(fileName, List.of(), errors);
            }
        }
        List<IncomingSalesDocument> documents = new ArrayList<>();
        if (array.isArray()) {
            if (array.isEmpty()) {
                errors.add(new RowError(null, null, "the file holds no documents"));
            }
            for (int i = 0; i < array.size(); i++) {
                documents.add(new DocumentReader(i + 1, errors).document(array.get(i)));
            }
        } else {
            documents.add(new DocumentReader(1, errors).document(root));
        }
        return new SalesDocumentFile(fileName, errors.isEmpty() ? documents : List.of(), errors);
    }

    /**
     * Reads exactly one document (the body of a queue message or of {@code POST /api/invoices}).
     *
     * @param content the JSON object's bytes (UTF-8); must not be null
     * @return the document; never null
     * @throws UnreadableSalesDocumentException listing every problem, each with its field path
     */
    public static IncomingSalesDocument readDocument(byte[] content) {
        List<RowError> errors = new ArrayList<>();
        JsonNode root = parse(content, errors);
        IncomingSalesDocument document = root == null ? null : new DocumentReader(null, errors).document(root);
        if (!errors.isEmpty()) {
            throw new UnreadableSalesDocumentException(errors);
        }
        return document;
    }

    /** Writes one document as a JSON object that {@link #readDocument} reads back to an equal record. */
    public static String write(IncomingSalesDocument document) {
        return MAPPER.writeValueAsString(documentNode(document));
    }

    /** Writes several documents as {@code {"documents":[…]}}, which {@link #read} reads back. */
    public static String writeAll(List<IncomingSalesDocument> documents) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("documents");
        documents.forEach(document -> array.add(documentNode(document)));
        return MAPPER.writeValueAsString(root);
    }

    private static JsonNode parse(byte[] content, List<RowError> errors) {
        try {
            JsonNode root = MAPPER.readTree(content);
            if (root == null || root.isMissingNode()) {
                errors.add(new RowError(null, null, "the file is empty; expected a JSON document object"));
                return null;
            }
            if (!root.isObject() && !root.isArray()) {
                errors.add(new RowError(null, null, "expected a JSON object or array, found " + root.getNodeType()));
                return null;
            }
            return root;
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            errors.add(new RowError(null, null, "not valid JSON" + where + ": " + e.getOriginalMessage()));
            return null;
        }
    }

    /** Reads one document object, adding every problem (with its path) to the shared list. */
    private static final class DocumentReader {
        private final Integer row;
        private final List<RowError> errors;

        DocumentReader(Integer row, List<RowError> errors) {
            this.row = row;
            this.errors = errors;
        }

        IncomingSalesDocument document(JsonNode node) {
            if (!node.isObject()) {
                errors.add(new RowError(row, null, "expected a document object, found " + node.getNodeType()));
                return null;
            }
            knownFields(node, "", DOCUMENT_FIELDS);
            List<Line> lines = new ArrayList<>();
            JsonNode linesNode = value(node, "lines");
            if (linesNode != null) {
                if (linesNode.isArray()) {
                    for (int i = 0; i < linesNode.size(); i++) {
                        lines.add(line(linesNode.get(i), "lines[" + i + "]"));
                    }
                } else {
                    error("lines", "expected an array of line objects");
                }
            }
            return new IncomingSalesDocument(
                    string(node, "messageId", ""),
                    string(node, "documentType", ""),
                    string(node, "documentNumber", ""),
                    date(node, "documentDate", ""),
                    string(node, "supplierGstin", ""),
                    string(node, "supplyType", ""),
                    bool(node, "reverseCharge", ""),
                    string(node, "placeOfSupply", ""),
                    object(node, "buyer", "", BUYER_FIELDS, this::buyer),
                    object(node, "precedingDocument", "", PRECEDING_FIELDS, this::preceding),
                    lines,
                    object(node, "totals", "", TOTALS_FIELDS, this::totals),
                    object(node, "transport", "", TRANSPORT_FIELDS, this::transport),
                    gstReporting(node));
        }

        /** The GST return fields, null when the document has none of them (so its content hash is unchanged). */
        private IncomingSalesDocument.GstReporting gstReporting(JsonNode node) {
            String eco = string(node, "ecommerceGstin", "");
            boolean amends = bool(node, "amends", "");
            IncomingSalesDocument.GstReporting export = object(node, "export", "", EXPORT_FIELDS,
                    at -> new IncomingSalesDocument.GstReporting(null, string(at.node, "portCode", at.path),
                            string(at.node, "shippingBillNumber", at.path), date(at.node, "shippingBillDate", at.path),
                            false));
            if (eco == null && !amends && export == null) {
                return null;
            }
            return new IncomingSalesDocument.GstReporting(eco, export == null ? null : export.portCode(),
                    export == null ? null : export.shippingBillNumber(),
                    export == null ? null : export.shippingBillDate(), amends);
        }

        private Buyer buyer(Located at) {
            return new Buyer(string(at.node, "gstin", at.path), string(at.node, "legalName", at.path),
                    string(at.node, "stateCode", at.path), string(at.node, "address", at.path),
                    string(at.node, "pincode", at.path), string(at.node, "email", at.path),
                    string(at.node, "phone", at.path));
        }

        private PrecedingDocument preceding(Located at) {
            return new PrecedingDocument(string(at.node, "number", at.path), date(at.node, "date", at.path));
        }

        private Transport transport(Located at) {
            Integer distance = value(at.node, "distanceKm") == null ? null : integer(at.node, "distanceKm", at.path);
            return new Transport(string(at.node, "transporterId", at.path), string(at.node, "transporterName", at.path),
                    string(at.node, "mode", at.path), distance, string(at.node, "documentNumber", at.path),
                    date(at.node, "documentDate", at.path), string(at.node, "vehicleNumber", at.path),
                    bool(at.node, "overDimensionalCargo", at.path));
        }

        private Totals totals(Located at) {
            return new Totals(rupees(at.node, "taxableValue", at.path), rupees(at.node, "igst", at.path),
                    rupees(at.node, "cgst", at.path), rupees(at.node, "sgst", at.path),
                    rupees(at.node, "cess", at.path), rupees(at.node, "otherCharges", at.path),
                    rupees(at.node, "roundOff", at.path), rupees(at.node, "total", at.path));
        }

        private Line line(JsonNode node, String path) {
            if (!node.isObject()) {
                error(path, "expected a line object, found " + node.getNodeType());
                return null;
            }
            knownFields(node, path, LINE_FIELDS);
            return new Line(integer(node, "lineNo", path), string(node, "description", path),
                    string(node, "hsn", path), bool(node, "service", path), decimal(node, "quantity", path),
                    string(node, "uqc", path), decimal(node, "unitPrice", path), rupees(node, "discount", path),
                    rupees(node, "taxableValue", path), decimal(node, "gstRate", path), rupees(node, "igst", path),
                    rupees(node, "cgst", path), rupees(node, "sgst", path), rupees(node, "cess", path),
                    string(node, "taxCategory", path));
        }

        private <T> T object(JsonNode parent, String name, String prefix, List<String> fields,
                             Function<Located, T> reader) {
            JsonNode node = value(parent, name);
            String path = path(prefix, name);
            if (node == null) {
                return null;
            }
            if (!node.isObject()) {
                error(path, "expected an object with fields " + String.join(", ", fields));
                return null;
            }
            knownFields(node, path, fields);
            return reader.apply(new Located(node, path));
        }

        private void knownFields(JsonNode node, String path, List<String> known) {
            Set<String> knownSet = Set.copyOf(known);
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (!knownSet.contains(property.getKey())) {
                    error(path(path, property.getKey()), "unknown field; the fields here are "
                            + String.join(", ", known) + " (names are case-sensitive)");
                }
            }
        }

        private String string(JsonNode parent, String name, String prefix) {
            JsonNode node = value(parent, name);
            if (node == null) {
                return null;
            }
            if (!node.isString()) {
                error(path(prefix, name), "expected a string (in double quotes), found " + node.getNodeType());
                return null;
            }
            return node.stringValue();
        }

        private LocalDate date(JsonNode parent, String name, String prefix) {
            String text = string(parent, name, prefix);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                error(path(prefix, name), "'" + text + "' is not a date in the form yyyy-MM-dd, e.g. 2026-11-23");
                return null;
            }
        }

        private boolean bool(JsonNode parent, String name, String prefix) {
            JsonNode node = value(parent, name);
            if (node == null) {
                return false;
            }
            if (!node.isBoolean()) {
                error(path(prefix, name), "expected true or false, found " + node);
                return false;
            }
            return node.booleanValue();
        }

        private int integer(JsonNode parent, String name, String prefix) {
            JsonNode node = value(parent, name);
            if (node == null) {
                return 0;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                error(path(prefix, name), "expected a whole number, found " + node);
                return 0;
            }
            return node.intValue();
        }

        private BigDecimal decimal(JsonNode parent, String name, String prefix) {
            JsonNode node = value(parent, name);
            if (node == null) {
                return null;
            }
            if (node.isNumber()) {
                return Amounts.nonNegativeScale(node.decimalValue());
            }
            if (node.isString()) {
                BigDecimal value = Amounts.parsePlain(node.stringValue());
                if (value != null) {
                    return value;
                }
            }
            error(path(prefix, name), "expected a decimal number such as 1800.00 (a JSON number or a string"
                    + " of digits with an optional '.' and no separators), found " + node);
            return null;
        }

        private BigDecimal rupees(JsonNode parent, String name, String prefix) {
            return Amounts.rupees(decimal(parent, name, prefix));
        }

        private JsonNode value(JsonNode parent, String name) {
            JsonNode node = parent.get(name);
            return node == null || node.isNull() ? null : node;
        }

        private void error(String path, String message) {
            errors.add(new RowError(row, path, message));
        }

        private static String path(String prefix, String name) {
            return prefix.isEmpty() ? name : prefix + "." + name;
        }
    }

    private record Located(JsonNode node, String path) {
    }

    private static ObjectNode documentNode(IncomingSalesDocument document) {
        ObjectNode node = MAPPER.createObjectNode();
        putString(node, "messageId", document.messageId());
        putString(node, "documentType", document.documentType());
        putString(node, "documentNumber", document.documentNumber());
        putDate(node, "documentDate", document.documentDate());
        putString(node, "supplierGstin", document.supplierGstin());
        putString(node, "supplyType", document.supplyType());
        node.put("reverseCharge", document.reverseCharge());
        putString(node, "placeOfSupply", document.placeOfSupply());
        Buyer buyer = document.buyer();
        if (buyer != null) {
            ObjectNode b = node.putObject("buyer");
            putString(b, "gstin", buyer.gstin());
            putString(b, "legalName", buyer.legalName());
            putString(b, "stateCode", buyer.stateCode());
            putString(b, "address", buyer.address());
            putString(b, "pincode", buyer.pincode());
            putString(b, "email", buyer.email());
            putString(b, "phone", buyer.phone());
        }
        PrecedingDocument preceding = document.precedingDocument();
        if (preceding != null) {
            ObjectNode p = node.putObject("precedingDocument");
            putString(p, "number", preceding.number());
            putDate(p, "date", preceding.date());
        }
        ArrayNode lines = node.putArray("lines");
        for (Line line : document.lines()) {
            ObjectNode l = lines.addObject();
            l.put("lineNo", line.lineNo());
            putString(l, "description", line.description());
            putString(l, "hsn", line.hsn());
            l.put("service", line.service());
            putDecimal(l, "quantity", line.quantity());
            putString(l, "uqc", line.uqc());
            putDecimal(l, "unitPrice", line.unitPrice());
            putDecimal(l, "discount", line.discount());
            putDecimal(l, "taxableValue", line.taxableValue());
            putDecimal(l, "gstRate", line.gstRate());
            putDecimal(l, "igst", line.igst());
            putDecimal(l, "cgst", line.cgst());
            putDecimal(l, "sgst", line.sgst());
            putDecimal(l, "cess", line.cess());
            putString(l, "taxCategory", line.taxCategory());
        }
        Totals totals = document.totals();
        if (totals != null) {
            ObjectNode t = node.putObject("totals");
            putDecimal(t, "taxableValue", totals.taxableValue());
            putDecimal(t, "igst", totals.igst());
            putDecimal(t, "cgst", totals.cgst());
            putDecimal(t, "sgst", totals.sgst());
            putDecimal(t, "cess", totals.cess());
            putDecimal(t, "otherCharges", totals.otherCharges());
            putDecimal(t, "roundOff", totals.roundOff());
            putDecimal(t, "total", totals.total());
        }
        Transport transport = document.transport();
        if (transport != null) {
            ObjectNode t = node.putObject("transport");
            putString(t, "transporterId", transport.transporterId());
            putString(t, "transporterName", transport.transporterName());
            putString(t, "mode", transport.mode());
            if (transport.distanceKm() != null) {
                t.put("distanceKm", transport.distanceKm());
            }
            putString(t, "documentNumber", transport.documentNumber());
            putDate(t, "documentDate", transport.documentDate());
            putString(t, "vehicleNumber", transport.vehicleNumber());
            t.put("overDimensionalCargo", transport.overDimensionalCargo());
        }
        IncomingSalesDocument.GstReporting gst = document.gstReporting();
        if (gst != null) {
            putString(node, "ecommerceGstin", gst.ecommerceGstin());
            if (gst.portCode() != null || gst.shippingBillNumber() != null || gst.shippingBillDate() != null) {
                ObjectNode e = node.putObject("export");
                putString(e, "portCode", gst.portCode());
                putString(e, "shippingBillNumber", gst.shippingBillNumber());
                putDate(e, "shippingBillDate", gst.shippingBillDate());
            }
            if (gst.amends()) {
                node.put("amends", true);
            }
        }
        return node;
    }

    private static void putString(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putDate(ObjectNode node, String name, LocalDate value) {
        if (value != null) {
            node.put(name, ISO_DATE.format(value));
        }
    }

    private static void putDecimal(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
