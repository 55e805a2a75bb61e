package dev.lekha.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.domain.security.Role;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class LoginIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired DataSource dataSource;

    SecurityTestData data;

    @BeforeEach
    void setUp() {
        data = new SecurityTestData(accounts, dataSource);
    }

    private ResultActions formLogin(String username, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf())
                .param("username", username).param("password", password));
    }

    @Test
    void loginPageHasTheIdentifiedFields() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"username\"")))
                .andExpect(content().string(Matchers.containsString("id=\"password\"")))
                .andExpect(content().string(Matchers.containsString("id=\"login\"")));
    }

    @Test
    void screensRedirectToLoginWhenSignedOut() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void formLoginWithTheRightPasswordSignsInAndIsAudited() throws Exception {
        String username = data.user("form", Role.VIEWER);

        formLogin(username, SecurityTestData.PASSWORD, new MockHttpSession())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username).withRoles("VIEWER"));

        assertThat(data.auditCount(username, "LOGIN_SUCCESS")).isEqualTo(1);
        assertThat(data.jdbc().queryForObject("select remote_address from audit_event where actor = ?"
                + " and action = 'LOGIN_SUCCESS'", String.class, username)).isEqualTo("127.0.0.1");
        assertThat(data.jdbc().queryForObject("select detail from audit_event where actor = ?"
                + " and action = 'LOGIN_SUCCESS'", String.class, username)).isEqualTo("form login");
        assertThat(data.jdbc().queryForObject("select last_login_at from app_user where username = ?",
                OffsetDateTime.class, username)).isNotNull();
    }

    @Test
    void formLoginWithAWrongPasswordFailsWithAClearMessage() throws Exception {
        String username = data.user("wrong", Role.VIEWER);
        MockHttpSession session = new MockHttpSession();

        formLogin(username, "not-the-password", session)
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(Matchers.containsString("Wrong username or password.")));
        assertThat(data.auditCount(username, "LOGIN_FAILURE")).isEqualTo(1);
        assertThat(data.jdbc().queryForObject("select failed_attempts from app_user where username = ?",
                Integer.class, username)).isEqualTo(1);
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockEnds() throws Exception {
        String username = data.user("lock", Role.FINANCE);
        for (int i = 0; i < 5; i++) {
            formLogin(username, "wrong-" + i, new MockHttpSession()).andExpect(redirectedUrl("/login?error"));
        }

        MockHttpSession session = new MockHttpSession();
        formLogin(username, SecurityTestData.PASSWORD, session)
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(Matchers.containsString("is locked after 5 failed logins until")));

        assertThat(data.auditCount(username, "LOGIN_FAILURE")).isEqualTo(6);
        assertThat(data.auditCount(username, "LOGIN_LOCKED")).isEqualTo(1);
        assertThat(data.jdbc().queryForObject("select count(*) from security_event where kind = 'LOGIN_LOCKED'"
                + " and source = ?", Integer.class, username)).isEqualTo(1);
        // the lock lasts lekha.security.lockout.duration (15 minutes by default)
        OffsetDateTime lockedUntil = data.jdbc().queryForObject(
                "select locked_until from app_user where username = ?", OffsetDateTime.class, username);
        assertThat(lockedUntil).isBetween(OffsetDateTime.now().plusMinutes(14), OffsetDateTime.now().plusMinutes(16));

        // when the lock has ended (moved into the past instead of waiting 15 minutes)
        data.jdbc().update("update app_user set locked_until = ? where username = ?",
                OffsetDateTime.now().minusSeconds(1), username);

        formLogin(username, SecurityTestData.PASSWORD, new MockHttpSession())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void aSuccessResetsTheFailureCounter() throws Exception {
        String username = data.user("reset", Role.VIEWER);
        for (int i = 0; i < 4; i++) {
            formLogin(username, "wrong", new MockHttpSession());
        }
        formLogin(username, SecurityTestData.PASSWORD, new MockHttpSession()).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            formLogin(username, "wrong", new MockHttpSession());
        }

        formLogin(username, SecurityTestData.PASSWORD, new MockHttpSession()).andExpect(authenticated());
        assertThat(data.auditCount(username, "LOGIN_LOCKED")).isZero();
    }

    @Test
    void httpBasicCountsTowardsTheSameLockout() throws Exception {
        String username = data.user("basic", Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/companies").with(httpBasic(username, "wrong")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value("Wrong username or password."));
        }

        mvc.perform(get("/api/companies").with(httpBasic(username, SecurityTestData.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith(
                        "Account '" + username + "' is locked after 5 failed logins until")));
        assertThat(data.auditCount(username, "LOGIN_LOCKED")).isEqualTo(1);
    }

    @Test
    void disabledUsersCannotSignIn() throws Exception {
        String username = data.user("off", Role.VIEWER);
        long id = data.jdbc().queryForObject("select id from app_user where username = ?", Long.class, username);
        accounts.setEnabled(id, false);

        mvc.perform(get("/api/companies").with(httpBasic(username, SecurityTestData.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Account '" + username
                        + "' is disabled. Ask an administrator to enable it."));
    }

    @Test
    void screenPostsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users").with(user("boss").roles("ADMIN"))
                        .param("username", "csrf-victim").param("displayName", "X")
                        .param("password", "long-enough-password").param("roles", "ADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user("boss").roles("ADMIN")))
                .andExpect(status().isForbidden());

        assertThat(data.jdbc().queryForObject("select count(*) from app_user where username = 'csrf-victim'",
                Integer.class)).isZero();
        mvc.perform(post("/logout").with(user("boss").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }
}
