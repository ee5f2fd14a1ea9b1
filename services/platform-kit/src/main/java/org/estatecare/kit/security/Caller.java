package org.estatecare.kit.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the token says: subject, realm roles and the claims that scope what they may
 * see ({@code street}, {@code community}, {@code company_id}, {@code department}). Services pass it
 * to their queries; they never trust the gateway to have filtered.
 */
public record Caller(String subject, String username, Set<Role> roles, Optional<String> street,
                     Optional<String> community, Optional<String> companyId, Optional<String> department) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller from(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> names) {
            names.forEach(name -> Role.fromCode(String.valueOf(name)).ifPresent(roles::add));
        }
        String username = jwt.getClaimAsString("preferred_username");
        return new Caller(jwt.getSubject(), username == null ? jwt.getSubject() : username, roles,
                claim(jwt, "street"), claim(jwt, "community"), claim(jwt, "company_id"), claim(jwt, "department"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        return List.of(any).stream().anyMatch(roles::contains);
    }

    private static Optional<String> claim(Jwt jwt, String name) {
        String value = jwt.getClaimAsString(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
