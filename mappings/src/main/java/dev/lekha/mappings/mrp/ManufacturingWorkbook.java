package dev.lekha.mappings.mrp;

import dev.lekha.domain.mrp.BomLine;
import dev.lekha.domain.mrp.DemandKind;
import dev.lekha.domain.mrp.IndependentDemand;
import dev.lekha.domain.mrp.ItemSource;
import dev.lekha.domain.mrp.LotSizeRule;
import dev.lekha.domain.mrp.MastersUpload;
import dev.lekha.domain.mrp.MrpItemMaster;
import dev.lekha.domain.mrp.OrderType;
import dev.lekha.domain.mrp.ScheduledReceipt;
import dev.lekha.domain.mrp.StockBalance;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the {@code manufacturing} drop's workbook: sheets {@code Items}, {@code BOM}, {@code Stock},
 * {@code ScheduledReceipts} and {@code Demand} (any subset; names and headers case-insensitive; first row headers,
 * columns in any order; blank rows skipped). docs/mrp.md lists every column. Every problem is reported with file,
 * sheet, row (as Excel numbers it) and column; a workbook with any problem yields no upload.
 *
 * <p>Item codes used on the other sheets must be in the Items sheet or already among the company's items; the BOM
 * that would result (the company's lines, with the parents of this file's BOM sheet replaced) must have no cycle.
 */
public final class ManufacturingWorkbook {

    public static final List<String> SHEETS = List.of("Items", "BOM", "Stock", "ScheduledReceipts", "Demand");

    /** What the file held: the upload when {@code problems} is empty. */
    public record Result(MastersUpload upload, List<String> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final String fileName;
    private final List<String> problems = new ArrayList<>();

    private ManufacturingWorkbook(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Parses and checks a workbook.
     *
     * @param existingCodes the company's item codes already stored
     * @param existingBom   the company's BOM lines already stored
     */
    public static Result parse(byte[] content, String fileName, Set<String> existingCodes,
                               Collection<BomLine> existingBom) {
        ManufacturingWorkbook reader = new ManufacturingWorkbook(fileName);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            return reader.read(wb, existingCodes, existingBom);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BomCycleException) {
                throw (BomCycleException) e;
            }
            return new Result(null, List.of(fileName + ": not a readable XLSX workbook (" + e.getClass().getSimpleName()
                    + "); save it as Excel .xlsx with the sheets " + String.join(", ", SHEETS)));
        }
    }

    private Result read(Workbook wb, Set<String> existingCodes, Collection<BomLine> existingBom) {
        Map<String, Sheet> sheets = new HashMap<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            sheets.put(wb.getSheetName(i).trim().toLowerCase(Locale.ROOT), wb.getSheetAt(i));
        }
        if (SHEETS.stream().noneMatch(s -> sheets.containsKey(s.toLowerCase(Locale.ROOT)))) {
            return new Result(null, List.of(fileName + ": no sheet named " + String.join(", ", SHEETS)
                    + "; found " + sheets.keySet()));
        }
        List<MrpItemMaster> items = rows(sheets.get("items"), "Items", this::item);
        Set<String> codes = new HashSet<>(existingCodes);
        if (items != null) {
            Set<String> seen = new HashSet<>();
            for (MrpItemMaster i : items) {
                codes.add(i.code());
                if (!seen.add(i.code())) {
                    problems.add(at("Items", null, "Code") + "item " + i.code() + " is listed twice; keep one row");
                }
            }
        }
        List<BomLine> bom = rows(sheets.get("bom"), "BOM", (r, row) -> bomLine(r, row, codes));
        List<StockBalance> stock = rows(sheets.get("stock"), "Stock", (r, row) -> stock(r, row, codes));
        List<ScheduledReceipt> receipts = rows(sheets.get("scheduledreceipts"), "ScheduledReceipts",
                (r, row) -> receipt(r, row, codes));
        List<IndependentDemand> demands = rows(sheets.get("demand"), "Demand", (r, row) -> demand(r, row, codes));
        if (bom != null) {
            Set<String> pairs = new HashSet<>();
            for (BomLine l : bom) {
                if (!pairs.add(l.parentCode() + "\u0000" + l.componentCode())) {
                    problems.add(at("BOM", null, "Component") + l.componentCode() + " is listed twice under "
                            + l.parentCode() + "; put its whole quantity on one row");
                }
            }
        }
        if (stock != null) {
            Set<String> pairs = new HashSet<>();
            for (StockBalance s : stock) {
                if (!pairs.add(s.itemCode() + "\u0000" + s.warehouse())) {
                    problems.add(at("Stock", null, "Warehouse") + s.itemCode() + " in " + s.warehouse()
                            + " is listed twice; one row per item and warehouse");
                }
            }
        }
        if (problems.isEmpty() && bom != null) {
            Set<String> replaced = new HashSet<>();
            bom.forEach(l -> replaced.add(l.parentCode()));
            List<BomLine> merged = new ArrayList<>(bom);
            existingBom.stream().filter(l -> !replaced.contains(l.parentCode())).forEach(merged::add);
            try {
                BomStructure.lowLevelCodes(codes, merged);
            } catch (BomCycleException e) {
                problems.add(fileName + ", sheet BOM: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new MastersUpload(items, bom, stock, receipts, demands), List.of());
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(Located row, Row raw);
    }

    /** A row being read: its sheet, Excel row number and headers. */
    private final class Located {
        final String sheet;
        final int rowNumber;
        final Map<String, Integer> columns;
        final Row row;
        boolean ok = true;

        Located(String sheet, int rowNumber, Map<String, Integer> columns, Row row) {
            this.sheet = sheet;
            this.rowNumber = rowNumber;
            this.columns = columns;
            this.row = row;
        }

        String text(String column, boolean required) {
            Integer c = columns.get(column.toLowerCase(Locale.ROOT));
            Cell cell = c == null ? null : row.getCell(c);
            String value = cellText(cell);
            if (required && value.isEmpty()) {
                fail(column, "is required");
            }
            return value;
        }

        BigDecimal number(String column, boolean required, boolean positive) {
            Integer c = columns.get(column.toLowerCase(Locale.ROOT));
            Cell cell = c == null ? null : row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                BigDecimal v = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
                return check(column, v.scale() < 0 ? v.setScale(0) : v, positive);
            }
            String text = cellText(cell);
            if (text.isEmpty()) {
                if (required) {
                    fail(column, "is required (a number)");
                }
                return null;
            }
            try {
                return check(column, new BigDecimal(text.replace(",", "")), positive);
            } catch (NumberFormatException e) {
                fail(column, "'" + text + "' is not a number");
                return null;
            }
        }

        private BigDecimal check(String column, BigDecimal v, boolean positive) {
            if (positive ? v.signum() <= 0 : v.signum() < 0) {
                fail(column, v.toPlainString() + (positive ? " must be more than 0" : " cannot be negative"));
                return null;
            }
            return v;
        }

        Integer whole(String column, boolean required) {
            BigDecimal v = number(column, required, false);
            if (v == null) {
                return null;
            }
            if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                fail(column, v.toPlainString() + " must be a whole number of at most 100000");
                return null;
            }
            return v.intValue();
        }

        LocalDate date(String column) {
            Integer c = columns.get(column.toLowerCase(Locale.ROOT));
            Cell cell = c == null ? null : row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String text = cellText(cell);
            if (text.isEmpty()) {
                fail(column, "is required (a date yyyy-MM-dd)");
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                fail(column, "'" + text + "' is not a date yyyy-MM-dd");
                return null;
            }
        }

        <E extends Enum<E>> E choice(String column, Class<E> type, E otherwise) {
            String text = text(column, otherwise == null);
            if (text.isEmpty()) {
                return otherwise;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(text.replace(' ', '_'))) {
                    return e;
                }
            }
            fail(column, "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return otherwise;
        }

        String code(String column, Set<String> codes) {
            String code = text(column, true);
            if (!code.isEmpty() && !codes.contains(code)) {
                fail(column, "item " + code + " is neither in the Items sheet nor among the company's items");
            }
            return code;
        }

        void fail(String column, String message) {
            ok = false;
            problems.add(at(sheet, rowNumber, column) + message);
        }
    }

    private String at(String sheet, Integer row, String column) {
        return fileName + ", sheet " + sheet + (row == null ? "" : ", row " + row) + ", column " + column + ": ";
    }

    private <T> List<T> rows(Sheet sheet, String name, RowReader<T> reader) {
        if (sheet == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            return out;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (Cell c : header) {
            columns.put(cellText(c).replace(" ", "").toLowerCase(Locale.ROOT), c.getColumnIndex());
        }
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row)) {
                continue;
            }
            Located located = new Located(name, r + 1, columns, row);
            T value = reader.read(located, row);
            if (located.ok && value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private MrpItemMaster item(Located r, Row raw) {
        String code = r.text("Code", true);
        if (code.length() > 40) {
            r.fail("Code", "at most 40 characters");
        }
        String name = r.text("Name", false);
        ItemSource source = r.choice("Source", ItemSource.class, null);
        Integer lead = r.whole("LeadTimeDays", false);
        LotSizeRule rule = r.choice("LotRule", LotSizeRule.class, LotSizeRule.LOT_FOR_LOT);
        BigDecimal lot = r.number("LotSize", false, true);
        Integer periods = r.whole("Periods", false);
        BigDecimal max = r.number("MaxStock", false, true);
        BigDecimal minimum = r.number("MinimumOrder", false, true);
        BigDecimal multiple = r.number("OrderMultiple", false, true);
        BigDecimal safety = r.number("SafetyStock", false, false);
        BigDecimal unitCost = r.number("UnitCost", false, false);
        BigDecimal orderingCost = r.number("OrderingCost", false, true);
        BigDecimal holding = r.number("HoldingRatePct", false, true);
        if (rule == LotSizeRule.FIXED_ORDER_QUANTITY && lot == null) {
            r.fail("LotSize", "is required for FIXED_ORDER_QUANTITY (the lot to order multiples of)");
        }
        if (rule == LotSizeRule.PERIOD_ORDER_QUANTITY && (periods == null || periods < 1)) {
            r.fail("Periods", "is required for PERIOD_ORDER_QUANTITY (how many buckets an order covers, 1 or more)");
        }
        if (rule == LotSizeRule.EOQ) {
            if (orderingCost == null) {
                r.fail("OrderingCost", "is required for EOQ (cost of placing one order, S)");
            }
            if (holding == null) {
                r.fail("HoldingRatePct", "is required for EOQ (yearly holding cost as % of unit cost)");
            }
            if (unitCost == null || unitCost.signum() == 0) {
                r.fail("UnitCost", "must be more than 0 for EOQ");
            }
        }
        if (rule == LotSizeRule.MIN_MAX && (max == null || safety != null && max.compareTo(safety) < 0)) {
            r.fail("MaxStock", "is required for MIN_MAX and may not be below SafetyStock (the minimum)");
        }
        if (!r.ok) {
            return null;
        }
        return new MrpItemMaster(code, name.isEmpty() ? code : name, source, lead, rule, lot, periods, max, minimum,
                multiple, safety, unitCost, orderingCost, holding);
    }

    private BomLine bomLine(Located r, Row raw, Set<String> codes) {
        String parent = r.code("Parent", codes);
        String component = r.code("Component", codes);
        BigDecimal per = r.number("QuantityPer", true, true);
        BigDecimal scrap = r.number("ScrapPct", false, false);
        if (scrap != null && scrap.compareTo(BigDecimal.valueOf(100)) >= 0) {
            r.fail("ScrapPct", scrap.toPlainString() + " must be below 100");
        }
        if (!parent.isEmpty() && parent.equals(component)) {
            r.fail("Component", "an item cannot be its own component (" + parent + ")");
        }
        return r.ok ? new BomLine(parent, component, per, scrap) : null;
    }

    private StockBalance stock(Located r, Row raw, Set<String> codes) {
        String item = r.code("Item", codes);
        String warehouse = r.text("Warehouse", true);
        BigDecimal qty = r.number("Quantity", true, false);
        return r.ok ? new StockBalance(item, warehouse, qty) : null;
    }

    private ScheduledReceipt receipt(Located r, Row raw, Set<String> codes) {
        String item = r.code("Item", codes);
        String ref = r.text("Reference", true);
        OrderType type = r.choice("Type", OrderType.class, null);
        LocalDate due = r.date("DueDate");
        BigDecimal qty = r.number("Quantity", true, true);
        return r.ok ? new ScheduledReceipt(item, ref, type, due, qty) : null;
    }

    private IndependentDemand demand(Located r, Row raw, Set<String> codes) {
        String item = r.code("Item", codes);
        DemandKind kind = r.choice("Kind", DemandKind.class, null);
        String ref = r.text("Reference", true);
        LocalDate due = r.date("DueDate");
        BigDecimal qty = r.number("Quantity", true, true);
        return r.ok ? new IndependentDemand(item, kind, ref, due, qty) : null;
    }

    private static boolean blank(Row row) {
        for (Cell c : row) {
            if (!cellText(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().trim();
            case NUMERIC -> {
                BigDecimal v = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
                yield (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> cell.getCachedFormulaResultType() == CellType.STRING
                    ? cell.getStringCellValue().trim()
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }
}
