package dev.lekha.hub.razorpay;

import dev.lekha.connectors.razorpay.RazorpayExchange;
import dev.lekha.connectors.razorpay.RazorpayExchangeListener;
import dev.lekha.domain.exchange.ExchangeRecord;
import dev.lekha.domain.exchange.ExchangeRecorder;

/** Keeps every Razorpay API exchange (never the Authorization header) in {@code connector_exchange}. */
class RazorpayExchangeRecording implements RazorpayExchangeListener {

    private final ExchangeRecorder recorder;

    RazorpayExchangeRecording(ExchangeRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void exchanged(RazorpayExchange x) {
        ExchangeRecord.Outcome outcome = switch (x.outcome()) {
            case SUCCESS -> ExchangeRecord.Outcome.SUCCESS;
            case TIMEOUT -> ExchangeRecord.Outcome.TIMEOUT;
            case FAILURE -> ExchangeRecord.Outcome.FAILURE;
        };
        recorder.record(new ExchangeRecord(null, "razorpay", x.operation() + (x.attempt() > 1 ? " (attempt " + x.attempt() + ")" : ""),
                ExchangeRecord.Direction.OUT, x.url(), x.request(), x.response(), x.httpStatus() == 0 ? null : x.httpStatus(),
                x.durationMillis(), outcome, x.error()));
    }
}
