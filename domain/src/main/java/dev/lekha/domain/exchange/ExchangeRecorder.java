package dev.lekha.domain.exchange;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores connector exchanges with secrets masked. Each record is written in its own transaction, so
 * the trace of a call survives when the caller's work rolls back (that is when it matters most).
 */
@Service
public class ExchangeRecorder {

    static final int MAX_ERROR_LENGTH = 2000;

    private final ConnectorExchanges exchanges;
    private final Clock clock;

    public ExchangeRecorder(ConnectorExchanges exchanges, Clock clock) {
        this.exchanges = exchanges;
        this.clock = clock;
    }

    /** Masks and stores one exchange; returns the stored row. {@code record} must not be null. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ConnectorExchange record(ExchangeRecord record) {
        String error = SecretMasking.mask(record.error());
        if (error != null && error.length() > MAX_ERROR_LENGTH) {
            error = error.substring(0, MAX_ERROR_LENGTH);
        }
        return exchanges.save(new ConnectorExchange(record, SecretMasking.mask(record.request()),
                SecretMasking.mask(record.response()), SecretMasking.maskUrl(record.url()), error, clock.instant()));
    }
}
