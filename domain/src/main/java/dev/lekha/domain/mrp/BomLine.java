package dev.lekha.domain.mrp;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One component of a parent's bill of materials.
 *
 * @param parentCode    the item made
 * @param componentCode the item it consumes
 * @param quantityPer   units of component per unit of parent (positive)
 * @param scrapPercent  percentage of the component lost in making the parent, 0 ≤ scrap &lt; 100: the gross
 *                      requirement is quantity per ÷ (1 − scrap / 100)
 */
public record BomLine(String parentCode, String componentCode, BigDecimal quantityPer, BigDecimal scrapPercent) {

    public BomLine {
        Objects.requireNonNull(parentCode, "parentCode");
        Objects.requireNonNull(componentCode, "componentCode");
        Objects.requireNonNull(quantityPer, "quantityPer");
        scrapPercent = scrapPercent == null ? BigDecimal.ZERO : scrapPercent;
    }
}
