package dev.lekha.mappings.invoice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the sales bulk sheet (CSV or XLSX, one row per line). Header names are matched
 * case-insensitively, with spaces and hyphens read as underscores, in any order.
 */
enum SalesSheetColumn {

    DOCUMENT_TYPE(Kind.CODE, Presence.CELL_REQUIRED, true),
    DOCUMENT_NUMBER(Kind.TEXT, Presence.CELL_REQUIRED, true),
    DOCUMENT_DATE(Kind.DATE, Presence.CELL_REQUIRED, true),
    SUPPLIER_GSTIN(Kind.GSTIN, Presence.CELL_REQUIRED, true),
    SUPPLY_TYPE(Kind.CODE, Presence.CELL_REQUIRED, true),
    REVERSE_CHARGE(Kind.BOOLEAN, Presence.OPTIONAL, true),
    PLACE_OF_SUPPLY(Kind.STATE, Presence.CELL_REQUIRED, true),
    BUYER_GSTIN(Kind.GSTIN, Presence.COLUMN_REQUIRED, true),
    BUYER_NAME(Kind.TEXT, Presence.COLUMN_REQUIRED, true),
    BUYER_STATE(Kind.STATE, Presence.COLUMN_REQUIRED, true),
    BUYER_ADDRESS(Kind.TEXT, Presence.OPTIONAL, true),
    BUYER_PINCODE(Kind.TEXT, Presence.OPTIONAL, true),
    BUYER_EMAIL(Kind.TEXT, Presence.OPTIONAL, true),
    BUYER_PHONE(Kind.TEXT, Presence.OPTIONAL, true),
    PRECEDING_NUMBER(Kind.TEXT, Presence.OPTIONAL, true),
    PRECEDING_DATE(Kind.DATE, Presence.OPTIONAL, true),
    ECOMMERCE_GSTIN(Kind.GSTIN, Presence.OPTIONAL, true),
    PORT_CODE(Kind.CODE, Presence.OPTIONAL, true),
    SHIPPING_BILL_NUMBER(Kind.TEXT, Presence.OPTIONAL, true),
    SHIPPING_BILL_DATE(Kind.DATE, Presence.OPTIONAL, true),
    LINE_NO(Kind.INTEGER, Presence.CELL_REQUIRED, false),
    DESCRIPTION(Kind.TEXT, Presence.COLUMN_REQUIRED, false),
    HSN(Kind.HSN, Presence.CELL_REQUIRED, false),
    SERVICE(Kind.BOOLEAN, Presence.OPTIONAL, false),
    QUANTITY(Kind.DECIMAL, Presence.COLUMN_REQUIRED, false),
    UQC(Kind.CODE, Presence.OPTIONAL, false),
    UNIT_PRICE(Kind.DECIMAL, Presence.COLUMN_REQUIRED, false),
    DISCOUNT(Kind.RUPEES, Presence.OPTIONAL, false),
    TAXABLE_VALUE(Kind.RUPEES, Presence.CELL_REQUIRED, false),
    GST_RATE(Kind.DECIMAL, Presence.CELL_REQUIRED, false),
    IGST(Kind.RUPEES, Presence.COLUMN_REQUIRED, false),
    CGST(Kind.RUPEES, Presence.COLUMN_REQUIRED, false),
    SGST(Kind.RUPEES, Presence.COLUMN_REQUIRED, false),
    CESS(Kind.RUPEES, Presence.OPTIONAL, false),
    TAX_CATEGORY(Kind.CODE, Presence.OPTIONAL, false);

    /** How a cell's value is read. */
    enum Kind { TEXT, CODE, GSTIN, STATE, HSN, DATE, BOOLEAN, INTEGER, DECIMAL, RUPEES }

    /**
     * {@code CELL_REQUIRED}: the column must exist and every row must fill it; {@code COLUMN_REQUIRED}:
     * the column must exist, cells may be blank; {@code OPTIONAL}: the column may be left out.
     */
    enum Presence { CELL_REQUIRED, COLUMN_REQUIRED, OPTIONAL }

    private final Kind kind;
    private final Presence presence;
    private final boolean documentLevel;

    SalesSheetColumn(Kind kind, Presence presence, boolean documentLevel) {
        this.kind = kind;
        this.presence = presence;
        this.documentLevel = documentLevel;
    }

    /** The header name, e.g. {@code document_number}. */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    Kind kind() {
        return kind;
    }

    boolean columnRequired() {
        return presence != Presence.OPTIONAL;
    }

    boolean cellRequired() {
        return presence == Presence.CELL_REQUIRED;
    }

    /** True for columns that describe the whole document and must agree on all its rows. */
    boolean documentLevel() {
        return documentLevel;
    }

    static Optional<SalesSheetColumn> fromHeader(String header) {
        String normal = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(column -> column.header().equals(normal)).findFirst();
    }
}
