package dev.lekha.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains, most specific first:
 * <ol>
 *   <li>{@code /sandbox/**}, {@code /webhooks/**}: open and stateless, no CSRF; each endpoint checks
 *       its sender's own signature or credentials.</li>
 *   <li>{@code /api/**}, {@code /actuator/**}: {@code Authorization: Bearer <api token>}, HTTP Basic
 *       with a user's own credentials (same lockout), or the browser session of a signed-in user
 *       (CONTRACTS.md: the screens' download links and scripts share one API); never creates a
 *       session; 401/403 as problem details; CSRF only for unsafe requests that ride on a session
 *       cookie without an Authorization header. Health and info are public; metrics and Prometheus need ADMIN
 *       (a user, or a token with role ADMIN for a scraper).</li>
 *   <li>Everything else (screens): form login at {@code /login}, session, CSRF on, logout by POST.</li>
 * </ol>
 * Roles: ADMIN implies FINANCE and COMPLIANCE; FINANCE and COMPLIANCE each imply VIEWER.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("FINANCE", "COMPLIANCE")
                .role("FINANCE").implies("VIEWER")
                .role("COMPLIANCE").implies("VIEWER")
                .build();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts accounts, PasswordEncoder passwordEncoder,
                                                ApiTokenAuthenticationProvider tokens,
                                                AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setPreAuthenticationChecks(accounts.accountStatusChecks());
        ProviderManager manager = new ProviderManager(List.of(passwords, tokens));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    ApiProblemResponses apiProblemResponses(JsonMapper json) {
        return new ApiProblemResponses(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain callbackChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/sandbox/**", "/webhooks/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                 ApiProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(authenticationManager, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .securityContext(c -> c.securityContextRepository(sessionReadingRepository()))
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfig::ridesOnSession))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(r -> r.disable())
                .build();
    }

    /** Reads a signed-in user's session but never creates one: API callers stay stateless. */
    private static SecurityContextRepository sessionReadingRepository() {
        HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();
        session.setAllowSessionCreation(false);
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), session);
    }

    private static boolean ridesOnSession(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
        return !safe && request.getHeader("Authorization") == null && request.getRequestedSessionId() != null;
    }

    @Bean
    @Order(3)
    SecurityFilterChain screenChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/users", "/users/**").hasRole("ADMIN")
                        .requestMatchers("/audit", "/audit/**").hasRole("COMPLIANCE")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .build();
    }
}
