package dev.lekha.hub.drops;

import dev.lekha.domain.inbound.InboundFileStatus;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.hub.dashboard.RejectedFileCount;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Rejected dropped files for the dashboard: the {@code inbound_file} rows with status REJECTED. */
@Component
public class InboundRejectedFileCount implements RejectedFileCount {

    private final InboundFiles inboundFiles;

    public InboundRejectedFileCount(InboundFiles inboundFiles) {
        this.inboundFiles = inboundFiles;
    }

    /**
     * {@inheritDoc} A file whose company could not be told (e.g. unreadable) counts only when
     * {@code companyIds} is null.
     */
    @Override
    public long rejectedFiles(Set<Long> companyIds) {
        if (companyIds == null) {
            return inboundFiles.countByStatus(InboundFileStatus.REJECTED);
        }
        if (companyIds.isEmpty()) {
            return 0;
        }
        return inboundFiles.countByStatusAndCompanyIdIn(InboundFileStatus.REJECTED, companyIds);
    }
}
