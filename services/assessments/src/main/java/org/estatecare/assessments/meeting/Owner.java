package org.estatecare.assessments.meeting;

import java.util.Objects;

import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;

/**
 * Who carries out an action item agreed at a joint meeting: a member department, a member company (by id), or the
 * street office itself ({@code code} its street).
 */
public record Owner(Kind kind, String code) {

    public enum Kind { DEPARTMENT, COMPANY, STREET_OFFICE }

    public Owner {
        Objects.requireNonNull(kind, "kind");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("an owner is named");
        }
    }

    public static Owner department(Department department) {
        return new Owner(Kind.DEPARTMENT, department.name());
    }

    /** Whether {@code caller} speaks for this owner: the department's officer, the company's staff, the street's office. */
    public boolean isSpokenForBy(Caller caller) {
        return switch (kind) {
            case DEPARTMENT -> caller.has(Role.DEPARTMENT_OFFICER) && caller.department().flatMap(Department::ofClaim)
                    .map(d -> d.name().equals(code)).orElse(false);
            case COMPANY -> caller.has(Role.SERVICE_COMPANY) && caller.companyId().map(code::equals).orElse(false);
            case STREET_OFFICE -> caller.has(Role.STREET_OFFICER) && caller.street().map(code::equals).orElse(false);
        };
    }
}
