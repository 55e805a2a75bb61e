package dev.lekha.domain.company;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All companies the hub serves. */
public interface Companies extends JpaRepository<Company, Long> {

    Optional<Company> findByPan(String pan);

    boolean existsByPan(String pan);
}
