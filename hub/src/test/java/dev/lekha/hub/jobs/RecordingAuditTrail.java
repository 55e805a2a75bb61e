package dev.lekha.hub.jobs;

import dev.lekha.domain.audit.AuditChainCheck;
import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Records audit entries so a test can see that a download was audited. */
public class RecordingAuditTrail implements AuditTrail {

    private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public long record(AuditRecord record) {
        records.add(record);
        return records.size();
    }

    @Override
    public AuditChainCheck verify() {
        return new AuditChainCheck(true, records.size(), null, null);
    }

    public List<AuditRecord> records() {
        return List.copyOf(records);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        RecordingAuditTrail recordingAuditTrail() {
            return new RecordingAuditTrail();
        }
    }
}
