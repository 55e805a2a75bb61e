package dev.lekha.domain.company;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** GST registrations of all companies; a GSTIN belongs to at most one. */
public interface GstRegistrations extends JpaRepository<GstRegistration, Long> {

    /** The active registration with this GSTIN (upper case), if any. */
    Optional<GstRegistration> findByGstinAndActiveTrue(String gstin);

    Optional<GstRegistration> findByGstin(String gstin);

    List<GstRegistration> findByCompanyIdOrderByGstin(long companyId);
}
