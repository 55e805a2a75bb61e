package dev.lekha.domain.openitem;

/** What money can be applied to: a customer's sales document (receivable) or a supplier's bill (payable). */
public enum OpenItemType {
    SALES_DOCUMENT,
    PURCHASE_INVOICE
}
