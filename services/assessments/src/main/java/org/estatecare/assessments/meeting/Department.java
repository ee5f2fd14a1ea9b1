package org.estatecare.assessments.meeting;

import java.util.Arrays;
import java.util.Optional;

import org.estatecare.events.codes.LabelledCode;
import org.estatecare.kit.domain.Implements;

/**
 * The district departments that sit on a street's joint meeting (R-JOINT-1): civil affairs, housing, city management,
 * public security, municipal roads and street lighting. {@code claim} is the department's code in its officers' tokens.
 */
@Implements("R-JOINT-1")
public enum Department implements LabelledCode {
    CIVIL_AFFAIRS("civil-affairs", "区民政部门"),
    HOUSING("housing", "区住房和建设部门"),
    CITY_MANAGEMENT("city-management", "区城市管理部门"),
    PUBLIC_SECURITY("public-security", "公安部门"),
    MUNICIPAL_ROADS("municipal-roads", "市政道路部门"),
    STREET_LIGHTING("street-lighting", "路灯管理部门");

    private final String claim;
    private final String label;

    Department(String claim, String label) {
        this.claim = claim;
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public String claim() {
        return claim;
    }

    /** The department whose officers carry {@code claim} in their token. */
    public static Optional<Department> ofClaim(String claim) {
        return Arrays.stream(values()).filter(d -> d.claim.equals(claim)).findFirst();
    }
}
