package dev.lekha.hub.security;

import dev.lekha.domain.security.Role;
import java.io.Serializable;

/** The caller behind an API token: its one role and the one company it is scoped to. */
public record ApiTokenPrincipal(long tokenId, String name, Role role, long companyId) implements Serializable {

    /** How the token appears in the audit log: {@code token:<name>}. */
    public String actor() {
        return "token:" + name;
    }
}
