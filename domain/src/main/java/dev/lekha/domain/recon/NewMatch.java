package dev.lekha.domain.recon;

import java.math.BigDecimal;

/** A line applied to a target, as a run proposes it. */
public record NewMatch(long lineId, String targetType, long targetId, BigDecimal amount, String rule,
                      BigDecimal confidence, String reason) {
}
