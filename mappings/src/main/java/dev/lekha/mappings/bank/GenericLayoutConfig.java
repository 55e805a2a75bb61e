package dev.lekha.mappings.bank;

import dev.lekha.mappings.bank.TableColumns.Column;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code bank_account.layout_config} for the GENERIC layout, e.g.
 * <pre>{"headerRow": 3, "dateFormat": "dd/MM/yyyy",
 *  "columns": {"date": "Txn Date", "valueDate": "Value Date", "narration": "Details", "reference": "Ref",
 *              "debit": "Debit", "credit": "Credit", "balance": "Balance"}}</pre>
 * A column is a header name or a 1-based column number. Either {@code debit} and {@code credit}, or
 * {@code amount} (negative for debits, or with {@code drCr}) must be given.
 */
public final class GenericLayoutConfig {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TOP = Set.of("headerRow", "dateFormat", "columns");
    private static final Set<String> COLUMNS = Set.of("date", "valueDate", "narration", "reference", "debit",
            "credit", "amount", "drCr", "balance");

    private GenericLayoutConfig() {
    }

    /** @throws UnreadableStatementException naming each wrong or missing setting */
    static TableColumns parse(String json) {
        if (json == null || json.isBlank()) {
            throw new UnreadableStatementException("bank_account.layout_config is empty: the GENERIC layout needs"
                    + " {\"headerRow\": n, \"dateFormat\": \"dd/MM/yyyy\", \"columns\": {\"date\": ..., \"narration\": ...,"
                    + " \"debit\": ..., \"credit\": ..., \"balance\": ...}}");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new UnreadableStatementException("bank_account.layout_config is not JSON: " + e.getOriginalMessage());
        }
        List<String> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw new UnreadableStatementException("bank_account.layout_config must be a JSON object");
        }
        for (Iterator<String> it = root.propertyNames().iterator(); it.hasNext(); ) {
            String k = it.next();
            if (!TOP.contains(k)) {
                problems.add("layout_config." + k + ": unknown setting; use headerRow, dateFormat and columns");
            }
        }
        JsonNode hr = root.get("headerRow");
        int headerRow = 0;
        if (hr == null || !hr.isInt() || hr.asInt() < 1) {
            problems.add("layout_config.headerRow: must be the 1-based row number of the column names, e.g. 1");
        } else {
            headerRow = hr.asInt();
        }
        String dateFormat = root.hasNonNull("dateFormat") ? root.get("dateFormat").asString() : null;
        if (dateFormat != null) {
            try {
                StatementValues.formatter(dateFormat);
            } catch (IllegalArgumentException e) {
                problems.add("layout_config.dateFormat: '" + dateFormat + "' is not a date pattern (e.g. dd/MM/yyyy): "
                        + e.getMessage());
            }
        }
        JsonNode cols = root.get("columns");
        Map<String, Column> c = new java.util.HashMap<>();
        if (cols == null || !cols.isObject()) {
            problems.add("layout_config.columns: missing; name each column, e.g. {\"date\": \"Txn Date\", ...}");
        } else {
            for (Iterator<String> it = cols.propertyNames().iterator(); it.hasNext(); ) {
                String k = it.next();
                JsonNode v = cols.get(k);
                if (!COLUMNS.contains(k)) {
                    problems.add("layout_config.columns." + k + ": unknown column; use one of " + COLUMNS);
                } else if (v.isNull()) {
                    continue;
                } else if (v.isInt() && v.asInt() >= 1) {
                    c.put(k, Column.at(v.asInt()));
                } else if (v.isString() && !v.asString().isBlank()) {
                    c.put(k, Column.named(v.asString()));
                } else {
                    problems.add("layout_config.columns." + k + ": must be a header name or a 1-based column number");
                }
            }
            if (!c.containsKey("date") && !c.containsKey("valueDate")) {
                problems.add("layout_config.columns.date: missing; which column holds the transaction date?");
            }
            if (!c.containsKey("narration")) {
                problems.add("layout_config.columns.narration: missing; which column holds the description?");
            }
            boolean split = c.containsKey("debit") || c.containsKey("credit");
            if (split && !(c.containsKey("debit") && c.containsKey("credit"))) {
                problems.add("layout_config.columns: give both debit and credit, or one amount column");
            }
            if (split && c.containsKey("amount")) {
                problems.add("layout_config.columns: give either debit and credit, or amount, not both");
            }
            if (!split && !c.containsKey("amount")) {
                problems.add("layout_config.columns: no amount; give debit and credit, or amount (and drCr)");
            }
            if (c.containsKey("drCr") && !c.containsKey("amount")) {
                problems.add("layout_config.columns.drCr: only with an amount column");
            }
        }
        if (!problems.isEmpty()) {
            throw new UnreadableStatementException(problems);
        }
        Column date = c.containsKey("date") ? c.get("date") : c.get("valueDate");
        return new TableColumns(BankLayout.GENERIC, headerRow, date, c.get("valueDate"), c.get("narration"),
                c.get("reference"), c.get("debit"), c.get("credit"), c.get("amount"), c.get("drCr"), c.get("balance"),
                dateFormat, TableColumns.commonFooters(), null);
    }
}
