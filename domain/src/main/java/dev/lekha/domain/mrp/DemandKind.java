package dev.lekha.domain.mrp;

/**
 * Independent demand. In each bucket an item's independent demand is the greater of its forecasts and its sales
 * orders (forecast consumption: orders use up the forecast, orders above it add to it). A minimum stock row raises
 * the item's safety stock to at least its quantity.
 */
public enum DemandKind {
    SALES_ORDER, FORECAST, MIN_STOCK
}
