package org.estatecare.kit.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of EstateCare (Keycloak realm {@code estatecare}). */
public enum Role {
    DISTRICT_ADMIN("district-admin"),
    MUNICIPAL_INSPECTOR("municipal-inspector"),
    STREET_OFFICER("street-officer"),
    COMMUNITY_OFFICER("community-officer"),
    DEPARTMENT_OFFICER("department-officer"),
    SERVICE_COMPANY("service-company"),
    RESIDENT("resident"),
    AUDITOR("auditor"),
    FINANCE_OFFICER("finance-officer");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The role's name in tokens ({@code realm_access.roles}). */
    public String code() {
        return code;
    }

    /** Spring Security authority, e.g. {@code ROLE_street-officer}. */
    public String authority() {
        return "ROLE_" + code;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
