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
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The GSTR-1 as an XLSX a person can review: one sheet per section (one row per item, so a 5-rate invoice has 5
 * rows), streamed through POI's {@link SXSSFWorkbook} (100 rows in memory), and a Summary sheet, first, tying each
 * section's taxable value and taxes (amendments aside: they revise earlier periods) to the books with the difference (0 when the return is right). Credit notes
 * are shown as the portal has them (positive, with {@code ntty} C); the summary counts them negative.
 */
public final class Gstr1Workbook implements Gstr1Sink, AutoCloseable {

    private static final String[] AMOUNTS = {"Taxable value", "IGST", "CGST", "SGST", "Cess"};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final Map<String, SXSSFSheet> sheets = new HashMap<>();
    private final Map<String, Integer> nextRow = new HashMap<>();
    private final Map<String, Integer> parts = new HashMap<>();
    /** Last row index of an XLSX sheet (Excel's limit of 1,048,576 rows). */
    static final int MAX_ROW = 1_048_575;
    private final CellStyle money;

    public Gstr1Workbook() {
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    private Row row(String section, String... header) {
        // an XLSX sheet holds 1,048,576 rows: a bigger section continues on "b2b (2)", "b2b (3)", ...
        int part = parts.getOrDefault(section, 1);
        String sheet = part == 1 ? section : section + " (" + part + ")";
        if (nextRow.getOrDefault(sheet, 1) > MAX_ROW) {
            parts.put(section, ++part);
            sheet = section + " (" + part + ")";
        }
        SXSSFSheet s = sheets.computeIfAbsent(sheet, name -> {
            SXSSFSheet created = workbook.createSheet(name);
            Row h = created.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            nextRow.put(name, 1);
            return created;
        });
        int r = nextRow.merge(sheet, 1, Integer::sum) - 1;
        return s.createRow(r);
    }

    private static String[] header(String... fields) {
        List<String> h = new ArrayList<>(List.of(fields));
        h.add("Rate");
        h.addAll(List.of(AMOUNTS));
        return h.toArray(String[]::new);
    }

    private void cells(Row row, Object... values) {
        int c = 0;
        for (Object v : values) {
            var cell = row.createCell(c++);
            if (v instanceof BigDecimal b) {
                cell.setCellValue(b.doubleValue());
                cell.setCellStyle(money);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(Gstr1JsonWriter.DATE.format(d));
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
        }
    }

    private static Object[] concat(Object[] head, Item item) {
        Object[] out = new Object[head.length + 6];
        System.arraycopy(head, 0, out, 0, head.length);
        Gstr1Amounts a = item.amounts();
        Object[] tail = {item.rate(), a.taxable(), a.igst(), a.cgst(), a.sgst(), a.cess()};
        System.arraycopy(tail, 0, out, head.length, 6);
        return out;
    }

    private static String num(Original o) {
        return o == null ? null : o.number();
    }

    private static LocalDate date(Original o) {
        return o == null ? null : o.date();
    }

    private void b2bRow(String sheet, B2bInvoice i) {
        for (Item item : i.items()) {
            cells(row(sheet, header("GSTIN of recipient", "Invoice number", "Invoice date", "Invoice value",
                    "Place of supply", "Reverse charge", "Invoice type", "E-commerce GSTIN", "Original number",
                    "Original date")), concat(new Object[] {i.ctin(), i.number(), i.date(), i.value(), i.pos(),
                    i.reverseCharge() ? "Y" : "N", i.invoiceType(), i.etin(), num(i.original()), date(i.original())},
                    item));
        }
    }

    @Override
    public void b2b(B2bInvoice i) {
        b2bRow("b2b", i);
    }

    @Override
    public void b2ba(B2bInvoice i) {
        b2bRow("b2ba", i);
    }

    private void b2clRow(String sheet, B2clInvoice i) {
        for (Item item : i.items()) {
            cells(row(sheet, header("Place of supply", "Invoice number", "Invoice date", "Invoice value",
                    "E-commerce GSTIN", "Original number", "Original date")), concat(new Object[] {i.pos(),
                    i.number(), i.date(), i.value(), i.etin(), num(i.original()), date(i.original())}, item));
        }
    }

    @Override
    public void b2cl(B2clInvoice i) {
        b2clRow("b2cl", i);
    }

    @Override
    public void b2cla(B2clInvoice i) {
        b2clRow("b2cla", i);
    }

    @Override
    public void b2cs(B2csEntry e) {
        cells(row("b2cs", header("Supply type", "Place of supply", "Type", "E-commerce GSTIN")),
                concat(new Object[] {e.supplyType(), e.pos(), e.type(), e.etin()}, new Item(0, e.rate(), e.amounts())));
    }

    /** One row per rate of the revised bucket (a bucket that became empty shows its rates with zeros). */
    @Override
    public void b2csa(B2csaEntry e) {
        for (Item item : e.items()) {
            cells(row("b2csa", header("Original month", "Supply type", "Place of supply", "Type",
                    "E-commerce GSTIN")), concat(new Object[] {e.originalMonth(), e.supplyType(), e.pos(), e.type(),
                    e.etin()}, item));
        }
    }

    private void noteRow(String sheet, Note n) {
        for (Item item : n.items()) {
            cells(row(sheet, header("GSTIN of recipient", "Note type", "Note number", "Note date", "Note value",
                    "Place of supply", "Reverse charge", "Invoice type", "Original number", "Original date")),
                    concat(new Object[] {n.ctin(), n.noteType(), n.number(), n.date(), n.value(), n.pos(),
                            n.reverseCharge() ? "Y" : "N", n.invoiceType(), num(n.original()), date(n.original())},
                            item));
        }
    }

    @Override
    public void cdnr(Note n) {
        noteRow("cdnr", n);
    }

    @Override
    public void cdnra(Note n) {
        noteRow("cdnra", n);
    }

    private void unregisteredRow(String sheet, UnregisteredNote n) {
        for (Item item : n.items()) {
            cells(row(sheet, header("Type", "Note type", "Note number", "Note date", "Note value", "Place of supply",
                    "Original number", "Original date")), concat(new Object[] {n.type(), n.noteType(), n.number(),
                    n.date(), n.value(), n.pos(), num(n.original()), date(n.original())}, item));
        }
    }

    @Override
    public void cdnur(UnregisteredNote n) {
        unregisteredRow("cdnur", n);
    }

    @Override
    public void cdnura(UnregisteredNote n) {
        unregisteredRow("cdnura", n);
    }

    private void exportRow(String sheet, ExportInvoice i) {
        for (Item item : i.items()) {
            cells(row(sheet, header("Export type", "Invoice number", "Invoice date", "Invoice value", "Port code",
                    "Shipping bill number", "Shipping bill date", "Original number", "Original date")),
                    concat(new Object[] {i.exportType(), i.number(), i.date(), i.value(), i.portCode(),
                            i.shippingBillNumber(), i.shippingBillDate(), num(i.original()), date(i.original())},
                            item));
        }
    }

    @Override
    public void exp(ExportInvoice i) {
        exportRow("exp", i);
    }

    @Override
    public void expa(ExportInvoice i) {
        exportRow("expa", i);
    }

    private void advanceRow(String sheet, Advance a) {
        for (Item item : a.items()) {
            cells(row(sheet, header("Place of supply", "Supply type")), concat(new Object[] {a.pos(),
                    a.supplyType()}, item));
        }
    }

    @Override
    public void at(Advance a) {
        advanceRow("at", a);
    }

    @Override
    public void txpd(Advance a) {
        advanceRow("txpd", a);
    }

    @Override
    public void nil(NilEntry e) {
        cells(row("nil", "Supply type", "Nil rated", "Exempted", "Non-GST"), e.supplyType(), e.nilRated(),
                e.exempt(), e.nonGst());
    }

    @Override
    public void hsn(HsnTable table, HsnEntry e) {
        String sheet = table == HsnTable.DATA ? "hsn" : table.json();
        cells(row(sheet, header("No", "HSN", "Description", "UQC", "Quantity")), concat(new Object[] {e.num(),
                e.hsn(), e.description(), e.uqc(), e.quantity()}, new Item(0, e.rate(), e.amounts())));
    }

    @Override
    public void docIssue(DocumentSeries s) {
        cells(row("doc_issue", "Nature", "No", "From", "To", "Total", "Cancelled", "Net issued"), s.nature(),
                s.num(), s.from(), s.to(), s.total(), s.cancelled(), s.netIssued());
    }

    /**
     * Adds the Summary sheet (first) and writes the workbook to {@code out} (left open).
     *
     * @param reported section totals of the rows written ({@link Gstr1Totals#bySection()})
     * @param books    the books' totals per section ({@link Gstr1Books#bySection()})
     */
    public void finish(OutputStream out, Map<String, Gstr1Amounts> reported, Map<String, Gstr1Amounts> books)
            throws IOException {
        SXSSFSheet summary = workbook.createSheet("Summary");
        Row h = summary.createRow(0);
        List<String> head = new ArrayList<>(List.of("Section"));
        for (String side : List.of("Return", "Books", "Difference")) {
            for (String a : AMOUNTS) {
                head.add(side + " " + a);
            }
        }
        for (int i = 0; i < head.size(); i++) {
            h.createCell(i).setCellValue(head.get(i));
        }
        TreeSet<String> sections = new TreeSet<>(reported.keySet());
        sections.addAll(books.keySet());
        sections.removeAll(Gstr1Totals.AMENDMENTS);
        int r = 1;
        for (String s : sections) {
            Gstr1Amounts ret = reported.getOrDefault(s, Gstr1Amounts.ZERO);
            Gstr1Amounts book = books.getOrDefault(s, Gstr1Amounts.ZERO);
            Gstr1Amounts diff = ret.minus(book);
            List<Object> values = new ArrayList<>(List.of(s));
            for (Gstr1Amounts a : List.of(ret, book, diff)) {
                values.addAll(List.of(a.taxable(), a.igst(), a.cgst(), a.sgst(), a.cess()));
            }
            cells(summary.createRow(r++), values.toArray());
        }
        workbook.setSheetOrder("Summary", 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        workbook.write(out);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
