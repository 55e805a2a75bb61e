package dev.lekha.connectors.gstportal.sandbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A return as the sandbox portal holds it for one GSTIN, return type and period.
 *
 * @param gstin      the taxpayer
 * @param returnType {@code gstr1} or {@code gstr3b}
 * @param period     {@code MMYYYY}
 * @param json       the saved return JSON (sections merged across saves)
 * @param state      SAVED, SUBMITTED, OFFSET (GSTR-3B) or FILED
 * @param arn        the ARN once filed, else null
 * @param filedAt    when filed, else null
 */
public record SavedReturn(String gstin, String returnType, String period, String json, State state, String arn,
                          Instant filedAt) {

    public enum State { SAVED, SUBMITTED, OFFSET, FILED }

    public SavedReturn {
        Objects.requireNonNull(gstin, "gstin");
        Objects.requireNonNull(returnType, "returnType");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(state, "state");
    }

    SavedReturn with(String newJson, State newState) {
        return new SavedReturn(gstin, returnType, period, newJson, newState, arn, filedAt);
    }

    SavedReturn filed(String newArn, Instant at) {
        return new SavedReturn(gstin, returnType, period, json, State.FILED, newArn, at);
    }
}
