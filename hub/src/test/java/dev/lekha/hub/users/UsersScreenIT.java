package dev.lekha.hub.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.testsupport.LekhaIntegrationTest;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class UsersScreenIT {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(lekha_[A-Za-z0-9_-]{43})<");
    private static final AtomicInteger COMPANIES = new AtomicInteger();
    private static final RequestPostProcessor BOSS = user("boss").roles("ADMIN");

    @Autowired MockMvc mvc;
    @Autowired DataSource dataSource;

    JdbcTemplate jdbc;
    long companyId;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(dataSource);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into company (legal_name, pan, sandbox, einvoice_enabled,"
                    + " created_at) values ('Users Screen Co', ?, true, false, ?)", new String[] {"id"});
            ps.setString(1, String.format("AAACU%04dZ", COMPANIES.incrementAndGet()));
            ps.setObject(2, OffsetDateTime.now());
            return ps;
        }, keys);
        companyId = keys.getKey().longValue();
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private long audits(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = 'boss' and action = ? and target = ?",
                Long.class, action, target);
    }

    private void createUser(String username, String role) throws Exception {
        mvc.perform(post("/users").with(BOSS).with(csrf()).param("username", username)
                        .param("displayName", "Screen User").param("password", "a-long-password-1")
                        .param("roles", role))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("message", "User '" + username + "' created."));
    }

    @Test
    void anAdminCreatesAUserWhoCanThenSignIn() throws Exception {
        createUser("screen-created", "FINANCE");

        mvc.perform(post("/login").with(csrf()).param("username", "screen-created").param("password", "a-long-password-1"))
                .andExpect(authenticated().withRoles("FINANCE"));
        assertThat(audits("USER_CREATED", "screen-created")).isEqualTo(1);
        String page = mvc.perform(get("/users").with(BOSS)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"user-screen-created\"");
    }

    @Test
    void aShortPasswordIsRefusedWithTheReason() throws Exception {
        mvc.perform(post("/users").with(BOSS).with(csrf()).param("username", "short-pw")
                        .param("displayName", "X").param("password", "short").param("roles", "VIEWER"))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("error", "the password must have at least 12 characters"));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'short-pw'", Integer.class))
                .isZero();
    }

    @Test
    void disableEnableUnlockAndResetPasswordAreAudited() throws Exception {
        createUser("screen-managed", "VIEWER");
        long id = userId("screen-managed");

        mvc.perform(post("/users/{id}/disable", id).with(BOSS).with(csrf())).andExpect(redirectedUrl("/users"));
        mvc.perform(post("/login").with(csrf()).param("username", "screen-managed")
                .param("password", "a-long-password-1")).andExpect(unauthenticated());
        mvc.perform(post("/users/{id}/enable", id).with(BOSS).with(csrf())).andExpect(redirectedUrl("/users"));

        jdbc.update("update app_user set locked_until = ? where id = ?", OffsetDateTime.now().plusMinutes(10), id);
        mvc.perform(post("/users/{id}/unlock", id).with(BOSS).with(csrf())).andExpect(redirectedUrl("/users"));
        mvc.perform(post("/users/{id}/password", id).with(BOSS).with(csrf()).param("newPassword", "another-long-pw"))
                .andExpect(flash().attribute("message", "Password changed."));

        mvc.perform(post("/login").with(csrf()).param("username", "screen-managed")
                .param("password", "another-long-pw")).andExpect(authenticated());
        assertThat(audits("USER_DISABLED", "screen-managed")).isEqualTo(1);
        assertThat(audits("USER_ENABLED", "screen-managed")).isEqualTo(1);
        assertThat(audits("USER_UNLOCKED", "screen-managed")).isEqualTo(1);
        assertThat(audits("USER_PASSWORD_RESET", "screen-managed")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like '%another-long-pw%'",
                Integer.class)).isZero();
    }

    @Test
    void anIssuedTokenIsShownOnceWorksAndStopsWhenRevoked() throws Exception {
        String page = mvc.perform(post("/users/tokens").with(BOSS).with(csrf()).param("name", "screen-erp")
                        .param("role", "VIEWER").param("companyId", Long.toString(companyId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        long tokenId = jdbc.queryForObject("select id from api_token where name = 'screen-erp'", Long.class);

        mvc.perform(get("/api/companies").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        assertThat(audits("TOKEN_ISSUED", "token:screen-erp")).isEqualTo(1);
        String list = mvc.perform(get("/users").with(BOSS)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"token-" + tokenId + "\"").doesNotContain(secret);

        mvc.perform(post("/users/tokens/{id}/revoke", tokenId).with(BOSS).with(csrf()))
                .andExpect(flash().attribute("message", "Token revoked."));

        mvc.perform(get("/api/companies").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        assertThat(audits("TOKEN_REVOKED", "token:screen-erp")).isEqualTo(1);
    }

    @Test
    void onlyAdminsSeeTheUsersScreen() throws Exception {
        mvc.perform(get("/users").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/users").with(user("f").roles("FINANCE"))).andExpect(status().isForbidden());
    }

    @Test
    void theTestProfilesAdminSignsInThroughTheFormAndReachesTheUsersScreen() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", "admin")
                .param("password", "test-admin-password")).andExpect(redirectedUrl("/"));

        mvc.perform(get("/users").session(session)).andExpect(status().isOk());
    }
}
