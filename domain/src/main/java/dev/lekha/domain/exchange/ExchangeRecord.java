package dev.lekha.domain.exchange;

import java.util.Objects;

/**
 * What a connector tells the {@link ExchangeRecorder} about one call, as sent and received; the
 * recorder masks secrets before storing.
 *
 * @param companyId  the company the call was made for; null for hub-wide calls
 * @param connector  the outside system, e.g. {@code nic}, {@code razorpay}
 * @param operation  what was asked, e.g. {@code generate-irn}, {@code auth}
 * @param direction  {@code OUT} for calls Lekha makes, {@code IN} for webhooks received
 * @param url        the URL called (query secrets are masked)
 * @param request    the request as sent (headers and body), may be null
 * @param response   the response as received, may be null
 * @param httpStatus the HTTP status, null when no response came
 * @param durationMs how long the call took
 * @param outcome    success, failure or timeout
 * @param error      what went wrong, null on success
 */
public record ExchangeRecord(Long companyId, String connector, String operation, Direction direction, String url,
                             String request, String response, Integer httpStatus, Long durationMs,
                             Outcome outcome, String error) {

    public ExchangeRecord {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
    }

    public enum Direction { OUT, IN }

    public enum Outcome { SUCCESS, FAILURE, TIMEOUT }
}
