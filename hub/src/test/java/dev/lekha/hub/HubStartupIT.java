package dev.lekha.hub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.testsupport.LekhaIntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@LekhaIntegrationTest
class HubStartupIT {

    @Autowired
    DataSource dataSource;

    @Test
    void flywayCreatesBatchAndQuartzTables() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // other ITs in this JVM share the schema and may have run jobs already
        assertThat(jdbc.queryForObject("select count(*) from batch_job_instance", Integer.class)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from qrtz_locks", Integer.class)).isNotNull();
    }
}
