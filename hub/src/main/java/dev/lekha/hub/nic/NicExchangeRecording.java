package dev.lekha.hub.nic;

import dev.lekha.connectors.nic.NicExchange;
import dev.lekha.connectors.nic.NicExchangeListener;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.exchange.ExchangeRecord;
import dev.lekha.domain.exchange.ExchangeRecorder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps every IRP exchange (already without secrets) in {@code connector_exchange}, for the integrations screen. */
class NicExchangeRecording implements NicExchangeListener {

    private final ExchangeRecorder recorder;
    private final GstRegistrations registrations;
    // a GSTIN never changes company; looked up once instead of on every IRP call
    private final Map<String, Long> companyOfGstin = new ConcurrentHashMap<>();

    NicExchangeRecording(ExchangeRecorder recorder, GstRegistrations registrations) {
        this.recorder = recorder;
        this.registrations = registrations;
    }

    @Override
    public void exchanged(NicExchange x) {
        Long companyId = x.gstin() == null ? null : companyOfGstin.computeIfAbsent(x.gstin(), gstin ->
                registrations.findByGstinAndActiveTrue(gstin).map(GstRegistration::getCompanyId).orElse(null));
        ExchangeRecord.Outcome outcome = switch (x.outcome()) {
            case SUCCESS -> ExchangeRecord.Outcome.SUCCESS;
            case TIMEOUT -> ExchangeRecord.Outcome.TIMEOUT;
            case FAILURE -> ExchangeRecord.Outcome.FAILURE;
        };
        recorder.record(new ExchangeRecord(companyId, "nic", x.operation().label(), ExchangeRecord.Direction.OUT,
                x.url(), x.requestJson(), x.responseJson(), x.httpStatus() == 0 ? null : x.httpStatus(),
                x.durationMillis(), outcome, x.error()));
    }
}
