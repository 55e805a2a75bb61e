package dev.lekha.hub.security;

import dev.lekha.domain.security.Role;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On a fresh installation (no users at all) creates {@code admin} with role ADMIN, so the first
 * person can sign in. The password is {@code lekha.bootstrap.admin-password}
 * ({@code LEKHA_BOOTSTRAP_ADMIN_PASSWORD}) when set, otherwise 24 random characters printed once to
 * standard output (deliberately not through the logging system, so it does not end up in log
 * files and aggregators). Later starts find a user and print nothing. When several nodes start at
 * once, the unique username lets one win; the others print nothing.
 */
@Component
public class BootstrapAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;

    private final UserAccounts accounts;
    private final BootstrapSettings settings;
    private final SecureRandom random = new SecureRandom();

    public BootstrapAdmin(UserAccounts accounts, BootstrapSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoUsers();
    }

    /** Creates the admin when there are no users; returns true when it did. */
    public boolean createIfNoUsers() {
        if (!accounts.none()) {
            return false;
        }
        boolean fromSettings = settings.adminPassword() != null && !settings.adminPassword().isBlank();
        if (fromSettings && settings.adminPassword().length() < UserAccounts.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("lekha.bootstrap.admin-password (LEKHA_BOOTSTRAP_ADMIN_PASSWORD) must have"
                    + " at least " + UserAccounts.MIN_PASSWORD_LENGTH + " characters; set a longer one or unset it"
                    + " to have a random password generated");
        }
        String password = fromSettings ? settings.adminPassword() : generatePassword();
        try {
            accounts.create(USERNAME, "Administrator", password, List.of(Role.ADMIN), List.of());
        } catch (DataIntegrityViolationException | IllegalArgumentException raced) {
            return false;
        }
        String line = "=".repeat(72);
        PrintStream out = System.out;
        out.println(line);
        if (fromSettings) {
            out.println("Lekha admin login: admin / (the password from LEKHA_BOOTSTRAP_ADMIN_PASSWORD,"
                    + " lekha.bootstrap.admin-password)");
        } else {
            out.println("Lekha admin login: " + USERNAME + " / " + password);
            out.println("This password is shown only once. Sign in and change it on the Users screen.");
        }
        out.println(line);
        out.flush();
        return true;
    }

    private String generatePassword() {
        StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
