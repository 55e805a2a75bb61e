package dev.lekha.domain.einvoice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored IRP API credentials, one per GSTIN. */
public interface NicApiCredentials extends JpaRepository<NicApiCredential, Long> {

    Optional<NicApiCredential> findByGstin(String gstin);
}
