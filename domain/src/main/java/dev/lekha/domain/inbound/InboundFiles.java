package dev.lekha.domain.inbound;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The files received through the drop folders. */
public interface InboundFiles extends JpaRepository<InboundFile, Long> {

    Optional<InboundFile> findByChannelAndSha256(String channel, String sha256);

    /** Most recent first. */
    List<InboundFile> findAllByOrderByReceivedAtDescIdDesc(Pageable page);

    long countByStatus(InboundFileStatus status);

    /** Files in {@code status} of the given companies ({@code companyIds} must not be empty). */
    long countByStatusAndCompanyIdIn(InboundFileStatus status, Collection<Long> companyIds);
}
