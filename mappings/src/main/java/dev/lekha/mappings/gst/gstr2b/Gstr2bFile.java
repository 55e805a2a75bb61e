package dev.lekha.mappings.gst.gstr2b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.InvalidGstValueException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GSTR-2B statement as downloaded from the GST portal (or fetched through GSTN's GSTR-2B API),
 * read into its header and a flat list of documents.
 *
 * <p>Accepted shapes: the JSON itself ({@code {"chksum": …, "data": {"gstin", "rtnprd", "version",
 * "gendt", "itcsumm", "cpsumm", "docdata": {…}}}}), the same wrapped in an API envelope
 * ({@code {"status": …, "data": {"chksum": …, "data": {…}}}}), or a ZIP holding exactly one {@code .json}
 * entry. Both the pre-IMS layout (amounts per rate in {@code items[]}) and the IMS-era version 4.0 layout
 * (amounts on the document, {@code ecom}/{@code ecoma} sections, rejected documents under
 * {@code docRejdata}) are read. Summaries ({@code itcsumm}, {@code cpsumm}, {@code cpSummRej}) and the
 * {@code itcrev} list are not imported: the documents are the source of truth and summaries are
 * recomputed from them.
 *
 * <p>Checks (every problem is collected, with its JSON path, before {@link UnreadableGstr2bException}
 * is thrown): the bytes are JSON; {@code data.gstin} and {@code data.rtnprd} exist (else it is not a
 * GSTR-2B); GSTINs have the GSTIN shape and a valid state code (the check character is not enforced,
 * because GSTN's own sample and sandbox GSTINs fail it); dates are {@code dd-mm-yyyy}; amounts are JSON
 * numbers; and no document appears twice in one section (same supplier GSTIN, document type and number,
 * case-insensitive), which the portal never produces and which would double the credit.
 *
 * <p><b>Checksum.</b> GSTN does not publish how the top-level {@code chksum} is computed: the GSTR-2B API
 * specification only lists it as a string, GSTN's own sample carries the placeholder
 * {@code ADFADRGA4GADFADGERER}, and no open-source GST tool (india-compliance among them) verifies it.
 * So this reader cannot recompute it, and deliberately does not guess an algorithm that would reject
 * genuine portal files. What it does verify: the {@code chksum} is present, non-empty and a single token
 * of 8 to 512 letters, digits or {@code + / = _ -} (the alphabets of hex and Base64 digests); anything else
 * is reported as a broken checksum. The value is kept with the statement so that a re-download of the
 * same statement can be recognised.
 *
 * <p>Pure: no I/O beyond reading the given bytes.
 */
public record Gstr2bFile(String fileName, Gstr2bStatement statement, List<Gstr2bDocument> documents) {

    /** Largest JSON accepted from inside a ZIP, so a ZIP bomb cannot exhaust memory. */
    static final int MAX_JSON_BYTES = 512 * 1024 * 1024;
    static final Pattern CHECKSUM = Pattern.compile("[A-Za-z0-9+/=_-]{8,512}");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PERIOD = Pattern.compile("(0[1-9]|1[0-2])[0-9]{4}");
    private static final Pattern POS = Pattern.compile("[0-9]{2}");
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    public Gstr2bFile {
        Objects.requireNonNull(statement, "statement must not be null");
        documents = List.copyOf(documents);
    }

    /**
     * Reads a GSTR-2B file.
     *
     * @param content  the whole file (JSON or a ZIP holding it); must not be null
     * @param fileName the file's name, used in messages; must not be null
     * @return the statement and every document, in file order; never null
     * @throws UnreadableGstr2bException listing every problem found
     */
    public static Gstr2bFile parse(byte[] content, String fileName) {
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(fileName, "fileName must not be null");
        byte[] json = startsWith(content, ZIP) ? unzip(content, fileName) : content;
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw failed(fileName, "(file)", "not valid JSON (" + firstLine(e.getOriginalMessage()) + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "); download the GSTR-2B JSON again from the GST portal");
        }
        if (root == null || !root.isObject()) {
            throw failed(fileName, "(file)", "not a GSTR-2B: the file must be a JSON object with 'chksum' and 'data'");
        }
        // the API envelope {"status":"1","data":{"chksum":…,"data":{…}}}
        JsonNode inner = root.get("data");
        if (!root.has("chksum") && inner != null && inner.isObject() && inner.has("chksum") && inner.has("data")) {
            root = inner;
        }
        return new Reader(fileName).read(root);
    }

    private static UnreadableGstr2bException failed(String fileName, String path, String message) {
        return new UnreadableGstr2bException(fileName, List.of(new Gstr2bProblem(path, message)));
    }

    private static byte[] unzip(byte[] content, String fileName) {
        byte[] found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    continue;
                }
                if (found != null) {
                    throw failed(fileName, "(file)", "the ZIP holds more than one .json file; drop one GSTR-2B at a time");
                }
                found = readBounded(zip, fileName);
            }
        } catch (IOException e) {
            throw failed(fileName, "(file)", "the ZIP archive is damaged (" + e.getMessage() + "); download it again");
        }
        if (found == null) {
            throw failed(fileName, "(file)", "the ZIP holds no .json file; it should hold the GSTR-2B JSON from the portal");
        }
        return found;
    }

    private static byte[] readBounded(InputStream in, String fileName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_JSON_BYTES) {
                throw failed(fileName, "(file)", "the JSON inside the ZIP is larger than " + MAX_JSON_BYTES
                        + " bytes; that is not a GSTR-2B download");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected content";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Walks the tree once, collecting documents and problems. */
    private static final class Reader {

        private final String fileName;
        private final List<Gstr2bProblem> problems = new ArrayList<>();
        private final List<Gstr2bDocument> documents = new ArrayList<>();
        private final Map<String, String> firstPathByKey = new HashMap<>();

        Reader(String fileName) {
            this.fileName = fileName;
        }

        Gstr2bFile read(JsonNode root) {
            JsonNode data = root.get("data");
            if (data == null || !data.isObject() || !data.has("gstin") || !data.has("rtnprd")) {
                throw failed(fileName, "data", "not a GSTR-2B: 'data.gstin' and 'data.rtnprd' are missing"
                        + " (is this a GSTR-2A, GSTR-1 or another return?)");
            }
            String checksum = checksum(root.get("chksum"));
            Gstin gstin = gstin(data.get("gstin"), "data.gstin", true);
            GstReturnPeriod period = period(data.get("rtnprd"), "data.rtnprd", true);
            String version = text(data.get("version"), "data.version");
            LocalDate generated = date(data.get("gendt"), "data.gendt", false);
            sections(data.get("docdata"), "data.docdata", false);
            sections(data.get("docRejdata"), "data.docRejdata", true);
            if (!problems.isEmpty()) {
                throw new UnreadableGstr2bException(fileName, problems);
            }
            return new Gstr2bFile(fileName, new Gstr2bStatement(gstin, period, version, generated, checksum), documents);
        }

        private String checksum(JsonNode node) {
            if (node == null || node.isNull()) {
                problem("chksum", "the checksum is missing; a GSTR-2B from the portal always has one:"
                        + " download the file again and drop it unchanged");
                return null;
            }
            if (!node.isString() || node.stringValue().isBlank()) {
                problem("chksum", "the checksum is empty or not a string; the file was altered after download:"
                        + " download it again and drop it unchanged");
                return null;
            }
            String value = node.stringValue();
            if (!CHECKSUM.matcher(value).matches()) {
                problem("chksum", "the checksum '" + abbreviate(value) + "' is broken (a portal checksum is one token of"
                        + " 8-512 letters, digits or + / = _ -); the file was altered after download: download it again");
                return null;
            }
            return value;
        }

        private void sections(JsonNode node, String path, boolean rejected) {
            if (node == null || node.isNull()) {
                return;
            }
            if (!node.isObject()) {
                problem(path, "expected an object of sections (b2b, cdnr, ...), found " + node.getNodeType());
                return;
            }
            for (Gstr2bSection section : Gstr2bSection.values()) {
                JsonNode list = node.get(section.jsonKey());
                if (list == null || list.isNull()) {
                    continue;
                }
                String sectionPath = path + "." + section.jsonKey();
                if (!list.isArray()) {
                    problem(sectionPath, "expected a list, found " + list.getNodeType());
                    continue;
                }
                for (int i = 0; i < list.size(); i++) {
                    JsonNode entry = list.get(i);
                    String entryPath = sectionPath + "[" + i + "]";
                    if (!entry.isObject()) {
                        problem(entryPath, "expected an object, found " + entry.getNodeType());
                        continue;
                    }
                    if (section == Gstr2bSection.IMPG) {
                        billOfEntry(section, rejected, null, null, entry, entryPath);
                    } else {
                        supplier(section, rejected, entry, entryPath);
                    }
                }
            }
        }

        private void supplier(Gstr2bSection section, boolean rejected, JsonNode supplier, String path) {
            Gstin ctin = gstin(supplier.get("ctin"), path + ".ctin", true);
            String ctinText = ctin == null ? null : ctin.value();
            String name = text(supplier.get("trdnm"), path + ".trdnm");
            String supprd = null;
            if (supplier.has("supprd")) {
                GstReturnPeriod p = period(supplier.get("supprd"), path + ".supprd", false);
                supprd = p == null ? null : p.toString();
            }
            LocalDate filed = date(supplier.get("supfildt"), path + ".supfildt", false);
            String listKey = switch (section) {
                case B2B, B2BA, ECOM, ECOMA -> "inv";
                case CDNR, CDNRA -> "nt";
                case ISD, ISDA -> "doclist";
                case IMPGSEZ -> "boe";
                case IMPG -> throw new IllegalStateException("impg has no supplier level");
            };
            JsonNode list = supplier.get(listKey);
            if (list == null || !list.isArray()) {
                problem(path + "." + listKey, "expected the supplier's list of documents '" + listKey + "'");
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode doc = list.get(i);
                String docPath = path + "." + listKey + "[" + i + "]";
                if (!doc.isObject()) {
                    problem(docPath, "expected an object, found " + doc.getNodeType());
                    continue;
                }
                switch (section) {
                    case IMPGSEZ -> billOfEntry(section, rejected, ctinText, name, doc, docPath);
                    case ISD, ISDA -> isd(section, rejected, ctinText, name, supprd, filed, doc, docPath);
                    default -> invoiceOrNote(section, rejected, ctinText, name, supprd, filed, doc, docPath);
                }
            }
        }

        private void invoiceOrNote(Gstr2bSection section, boolean rejected, String ctin, String name, String supprd,
                                   LocalDate filed, JsonNode doc, String path) {
            boolean note = section == Gstr2bSection.CDNR || section == Gstr2bSection.CDNRA;
            String documentType = "INV";
            String invoiceType = text(doc.get("typ"), path + ".typ");
            if (note) {
                String typ = invoiceType == null ? null : invoiceType.toUpperCase(Locale.ROOT);
                if ("C".equals(typ)) {
                    documentType = "CRN";
                } else if ("D".equals(typ)) {
                    documentType = "DBN";
                } else {
                    problem(path + ".typ", "note type '" + invoiceType + "' is neither C (credit note) nor D (debit note)");
                }
                invoiceType = text(doc.get("suptyp"), path + ".suptyp");
            }
            String numberKey = note ? "ntnum" : "inum";
            String number = required(doc, numberKey, path);
            LocalDate date = date(doc.get("dt"), path + ".dt", true);
            BigDecimal value = amount(doc.get("val"), path + ".val");
            String pos = pos(doc.get("pos"), path + ".pos");
            boolean rev = yesNo(doc.get("rev"), path + ".rev");
            Amounts amounts = amounts(doc, path);
            String itcavl = itcavl(doc.get("itcavl"), path + ".itcavl");
            String rsn = text(doc.get("rsn"), path + ".rsn");
            String originalNumber = text(doc.get(note ? "ontnum" : "oinum"), path + (note ? ".ontnum" : ".oinum"));
            LocalDate originalDate = date(doc.get(note ? "ontdt" : "oidt"), path + (note ? ".ontdt" : ".oidt"), false);
            add(new Gstr2bDocument(section, rejected, path, ctin, name, supprd, filed, documentType, invoiceType,
                    number, date, value, pos, rev, amounts.txval, amounts.igst, amounts.cgst, amounts.sgst,
                    amounts.cess, itcavl, blankToNull(rsn), imsAction(doc, path), originalNumber, originalDate,
                    null, null, false));
        }

        private void isd(Gstr2bSection section, boolean rejected, String ctin, String name, String supprd,
                         LocalDate filed, JsonNode doc, String path) {
            String doctyp = required(doc, "doctyp", path);
            if (doctyp != null && !doctyp.equalsIgnoreCase("ISDI") && !doctyp.equalsIgnoreCase("ISDC")) {
                problem(path + ".doctyp", "ISD document type '" + doctyp + "' is neither ISDI (invoice) nor ISDC (credit note)");
            }
            String number = required(doc, "docnum", path);
            LocalDate date = date(doc.get("docdt"), path + ".docdt", true);
            Amounts amounts = amounts(doc, path);
            String itcelg = itcavl(doc.get("itcelg"), path + ".itcelg");
            add(new Gstr2bDocument(section, rejected, path, ctin, name, supprd, filed,
                    doctyp == null ? null : doctyp.toUpperCase(Locale.ROOT), null, number, date, null, null, false,
                    amounts.txval, amounts.igst, amounts.cgst, amounts.sgst, amounts.cess, itcelg, null,
                    imsAction(doc, path), text(doc.get("odocnum"), path + ".odocnum"),
                    date(doc.get("odocdt"), path + ".odocdt", false), null, null, false));
        }

        private void billOfEntry(Gstr2bSection section, boolean rejected, String ctin, String name, JsonNode doc,
                                 String path) {
            String number = required(doc, "boenum", path);
            LocalDate date = date(doc.get("boedt"), path + ".boedt", true);
            LocalDate refdt = date(doc.get("refdt"), path + ".refdt", false);
            String portCode = text(doc.get("portcode"), path + ".portcode");
            boolean isamd = yesNo(doc.get("isamd"), path + ".isamd");
            Amounts amounts = amounts(doc, path);
            add(new Gstr2bDocument(section, rejected, path, ctin, name, null, null, "BOE", null, number, date, null,
                    null, false, amounts.txval, amounts.igst, amounts.cgst, amounts.sgst, amounts.cess,
                    itcavl(doc.get("itcavl"), path + ".itcavl"), null, imsAction(doc, path), null, null, portCode,
                    refdt, isamd));
        }

        private void add(Gstr2bDocument document) {
            if (document.number() != null) {
                // the same document twice in one list would count its credit twice
                String who = document.supplierGstin() != null ? document.supplierGstin()
                        : "port " + document.portCode();
                String key = (document.rejected() ? "rej:" : "doc:") + document.section() + "|" + who + "|"
                        + document.documentType() + "|" + document.number().toUpperCase(Locale.ROOT);
                String first = firstPathByKey.putIfAbsent(key, document.path());
                if (first != null) {
                    problem(document.path(), "the same document appears twice in section "
                            + document.section().jsonKey() + ": " + document.documentType() + " " + document.number()
                            + " of " + who + " is at " + first + " and at " + document.path()
                            + "; the portal never lists a document twice, so the file was edited: download it again");
                }
            }
            documents.add(document);
        }

        private record Amounts(BigDecimal txval, BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess) {
        }

        /** Document-level amounts (version 4.0), or the sum of {@code items[]} (pre-IMS). */
        private Amounts amounts(JsonNode doc, String path) {
            JsonNode items = doc.get("items");
            boolean documentLevel = doc.has("txval") || doc.has("igst") || doc.has("cgst") || doc.has("sgst")
                    || doc.has("cess");
            if (!documentLevel && items != null && items.isArray()) {
                BigDecimal[] sums = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
                String[] keys = {"txval", "igst", "cgst", "sgst", "cess"};
                for (int i = 0; i < items.size(); i++) {
                    JsonNode item = items.get(i);
                    for (int k = 0; k < keys.length; k++) {
                        BigDecimal v = amount(item.get(keys[k]), path + ".items[" + i + "]." + keys[k]);
                        if (v != null) {
                            sums[k] = sums[k].add(v);
                        }
                    }
                }
                return new Amounts(sums[0], sums[1], sums[2], sums[3], sums[4]);
            }
            return new Amounts(Money.orZero(amount(doc.get("txval"), path + ".txval")),
                    Money.orZero(amount(doc.get("igst"), path + ".igst")),
                    Money.orZero(amount(doc.get("cgst"), path + ".cgst")),
                    Money.orZero(amount(doc.get("sgst"), path + ".sgst")),
                    Money.orZero(amount(doc.get("cess"), path + ".cess")));
        }

        private BigDecimal amount(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isNumber()) {
                problem(path, "expected a number, found " + describe(node));
                return null;
            }
            return Money.of(node.decimalValue());
        }

        private String required(JsonNode doc, String key, String path) {
            String value = text(doc.get(key), path + "." + key);
            if (value == null || value.isBlank()) {
                problem(path + "." + key, "is missing; every document needs its number");
                return null;
            }
            return value.strip();
        }

        private String text(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isString()) {
                return node.stringValue();
            }
            if (node.isNumber()) {
                return node.asString();
            }
            problem(path, "expected text, found " + node.getNodeType());
            return null;
        }

        private Gstin gstin(JsonNode node, String path, boolean required) {
            String text = text(node, path);
            if (text == null || text.isBlank()) {
                if (required) {
                    problem(path, "the GSTIN is missing");
                }
                return null;
            }
            try {
                // shape and state code; GSTN's own sample GSTINs fail the check character
                return Gstin.of(text, true);
            } catch (InvalidGstValueException e) {
                problem(path, e.getMessage());
                return null;
            }
        }

        private GstReturnPeriod period(JsonNode node, String path, boolean required) {
            String text = text(node, path);
            if (text == null || text.isBlank()) {
                if (required) {
                    problem(path, "the return period is missing");
                }
                return null;
            }
            if (!PERIOD.matcher(text).matches()) {
                problem(path, "'" + text + "' is not a return period MMYYYY (e.g. 032020 for March 2020)");
                return null;
            }
            return GstReturnPeriod.parse(text);
        }

        private LocalDate date(JsonNode node, String path, boolean required) {
            String text = text(node, path);
            if (text == null || text.isBlank()) {
                if (required) {
                    problem(path, "the date is missing");
                }
                return null;
            }
            try {
                return LocalDate.parse(text.strip(), DATE);
            } catch (DateTimeParseException e) {
                problem(path, "'" + text + "' is not a date dd-mm-yyyy (e.g. 24-11-2019)");
                return null;
            }
        }

        private String pos(JsonNode node, String path) {
            String text = text(node, path);
            if (text == null || text.isBlank()) {
                return null;
            }
            if (!POS.matcher(text).matches()) {
                problem(path, "'" + text + "' is not a 2-digit place-of-supply state code");
                return null;
            }
            return text;
        }

        private boolean yesNo(JsonNode node, String path) {
            String text = text(node, path);
            if (text == null || text.isBlank()) {
                return false;
            }
            return switch (text.strip().toUpperCase(Locale.ROOT)) {
                case "Y" -> true;
                case "N" -> false;
                default -> {
                    problem(path, "'" + text + "' is neither Y nor N");
                    yield false;
                }
            };
        }

        private String itcavl(JsonNode node, String path) {
            String text = text(node, path);
            if (text == null || text.isBlank()) {
                return null;
            }
            String v = text.strip().toUpperCase(Locale.ROOT);
            if (!v.equals("Y") && !v.equals("N") && !v.equals("T")) {
                problem(path, "'" + text + "' is not an ITC availability: Y, N or T");
                return null;
            }
            return v;
        }

        private String imsAction(JsonNode doc, String path) {
            JsonNode node = doc.has("imsStatus") ? doc.get("imsStatus") : doc.get("action");
            String text = text(node, path + (doc.has("imsStatus") ? ".imsStatus" : ".action"));
            return blankToNull(text);
        }

        private void problem(String path, String message) {
            problems.add(new Gstr2bProblem(path, message));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String describe(JsonNode node) {
        return node.isString() ? "the text \"" + abbreviate(node.stringValue()) + "\"" : node.getNodeType().toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
