package dev.lekha.domain.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The users of the hub. */
public interface AppUsers extends JpaRepository<AppUser, Long> {

    /** By canonical (lower-case) username. */
    Optional<AppUser> findByUsername(String username);

    /**
     * By canonical username, with the row locked until the transaction ends ({@code select ... for
     * update}), so concurrent failed logins on several nodes count correctly.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.username = :username")
    Optional<AppUser> findForUpdate(String username);

    List<AppUser> findAllByOrderByUsername();
}
