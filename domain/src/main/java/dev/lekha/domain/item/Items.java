package dev.lekha.domain.item;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Items extends JpaRepository<Item, Long> {

    Optional<Item> findByCompanyIdAndCode(long companyId, String code);

    List<Item> findByCompanyIdOrderByCode(long companyId);
}
