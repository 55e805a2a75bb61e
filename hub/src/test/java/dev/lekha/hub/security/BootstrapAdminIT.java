package dev.lekha.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.lekha.domain.security.AppUsers;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminIT {

    private static final Pattern LOGIN_LINE = Pattern.compile("Lekha admin login: admin / (\\S+)\\R");
    private static final String TEST_PASSWORD = "test-admin-password";

    @Autowired UserAccounts accounts;
    @Autowired AppUsers users;
    @Autowired DataSource dataSource;
    @Autowired MockMvc mvc;

    /** Simulates a fresh installation: no users at all. */
    private void removeAllUsers() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("delete from app_user_role");
        jdbc.update("delete from app_user_company");
        jdbc.update("delete from app_user");
    }

    @AfterEach
    void restoreTheTestProfilesAdmin() {
        removeAllUsers();
        new BootstrapAdmin(accounts, new BootstrapSettings(TEST_PASSWORD)).createIfNoUsers();
    }

    @Test
    void aFreshInstallationPrintsAGeneratedAdminPasswordOnceAndItWorks(CapturedOutput output) throws Exception {
        removeAllUsers();
        BootstrapAdmin bootstrap = new BootstrapAdmin(accounts, new BootstrapSettings(null));

        boolean created = bootstrap.createIfNoUsers();

        assertThat(created).isTrue();
        Matcher m = LOGIN_LINE.matcher(output.getOut());
        assertThat(m.find()).isTrue();
        String password = m.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(users.findByUsername("admin").orElseThrow().roles()).extracting(Enum::name).containsExactly("ADMIN");
        mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", password))
                .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"));

        // a later start finds a user and prints nothing
        assertThat(bootstrap.createIfNoUsers()).isFalse();
        assertThat(output.getAll().split(Pattern.quote(password), -1)).hasSize(2);
        assertThat(output.getOut().split("Lekha admin login", -1)).hasSize(2);
    }

    @Test
    void aPasswordFromTheEnvironmentIsUsedAndNotEchoed(CapturedOutput output) throws Exception {
        removeAllUsers();
        String fromEnv = "operator-chosen-password-1";

        new BootstrapAdmin(accounts, new BootstrapSettings(fromEnv)).createIfNoUsers();

        assertThat(output.getOut()).contains("Lekha admin login: admin / (the password from LEKHA_BOOTSTRAP_ADMIN_PASSWORD");
        assertThat(output.getAll()).doesNotContain(fromEnv);
        mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", fromEnv))
                .andExpect(authenticated().withUsername("admin"));
    }
}
