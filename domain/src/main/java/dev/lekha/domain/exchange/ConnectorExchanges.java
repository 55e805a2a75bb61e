package dev.lekha.domain.exchange;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Recorded exchanges with outside systems. */
public interface ConnectorExchanges extends JpaRepository<ConnectorExchange, Long> {

    /** Most recent first. */
    List<ConnectorExchange> findByConnectorOrderByCreatedAtDescIdDesc(String connector, Pageable page);

    List<ConnectorExchange> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}
