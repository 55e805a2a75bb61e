package dev.lekha.hub.users;

import dev.lekha.domain.security.Role;
import dev.lekha.hub.companies.CompanyDirectory;
import dev.lekha.hub.security.ApiTokenService;
import dev.lekha.hub.security.UserAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Users screen (ADMIN): users, their roles and companies, lockouts, passwords, and API tokens.
 * Every action is audited by {@link UserAccounts} and {@link ApiTokenService}.
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final UserAccounts accounts;
    private final ApiTokenService tokens;
    private final CompanyDirectory companies;

    UsersController(UserAccounts accounts, ApiTokenService tokens, CompanyDirectory companies) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.companies = companies;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("companies", companies.list(null));
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", java.time.Instant.now());
        return "users/list";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
                  @RequestParam(required = false) List<Role> roles,
                  @RequestParam(required = false) List<Long> companyIds, RedirectAttributes redirect) {
        return act(redirect, () -> accounts.create(username, displayName, password,
                roles == null ? List.of() : roles, companyIds == null ? List.of() : companyIds),
                "User '" + username + "' created.");
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> accounts.setEnabled(id, true), "User enabled.");
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> accounts.setEnabled(id, false), "User disabled.");
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> accounts.unlock(id), "User unlocked.");
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String newPassword, RedirectAttributes redirect) {
        return act(redirect, () -> accounts.resetPassword(id, newPassword), "Password changed.");
    }

    /** Shows the new secret once, on the result page; it cannot be shown again. */
    @PostMapping("/tokens")
    String issueToken(@RequestParam String name, @RequestParam Role role, @RequestParam long companyId,
                      @RequestParam(required = false) LocalDate expiresOn, Model model,
                      RedirectAttributes redirect) {
        try {
            ApiTokenService.IssuedToken issued = tokens.issue(name, role, companyId,
                    expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(INDIA).toInstant());
            model.addAttribute("token", issued.token());
            model.addAttribute("secret", issued.secret());
            return "users/token-issued";
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/users";
        }
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> tokens.revoke(id), "Token revoked.");
    }

    private static String act(RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/users";
    }
}
