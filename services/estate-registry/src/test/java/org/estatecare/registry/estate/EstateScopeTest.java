package org.estatecare.registry.estate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EstateScopeTest {

    static Caller caller(Role role, String street, String community) {
        return new Caller("s", "u", EnumSet.of(role), Optional.ofNullable(street), Optional.ofNullable(community),
                Optional.empty(), Optional.empty());
    }

    static EstateDetails in(String street, String community) {
        return new EstateDetails("n", street, community, "a", null, 1, 1, FloorArea.of("1"), List.of(), null);
    }

    @Test
    @DisplayName("R-PRIN-1: a street officer's scope is their own street")
    void streetOfficerSeesOwnStreet() {
        EstateScope scope = EstateScope.of(caller(Role.STREET_OFFICER, "chunhua", null));

        assertThat(scope.covers(in("chunhua", "chunhua-xinhua"))).isTrue();
        assertThat(scope.covers(in("dongxin", "dongxin-dongxin"))).isFalse();
        assertThat(scope.criteria().getCriteriaObject().toJson()).contains("\"details.street\": \"chunhua\"");
    }

    @Test
    void communityOfficerSeesOwnCommunity() {
        EstateScope scope = EstateScope.of(caller(Role.COMMUNITY_OFFICER, "chunhua", "chunhua-xinhua"));

        assertThat(scope.covers(in("chunhua", "chunhua-xinhua"))).isTrue();
        assertThat(scope.covers(in("chunhua", "chunhua-wanxin"))).isFalse();
    }

    @Test
    void districtMunicipalAuditAndDepartmentRolesSeeAll() {
        for (Role role : Set.of(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR, Role.DEPARTMENT_OFFICER)) {
            assertThat(EstateScope.of(caller(role, null, null)).covers(in("tiantie", "tiantie-yejin"))).as(role.code()).isTrue();
        }
    }

    @Test
    void aStreetOfficerWithoutAStreetClaimAndResidentsSeeNothing() {
        assertThat(EstateScope.of(caller(Role.STREET_OFFICER, null, null)).covers(in("chunhua", "chunhua-xinhua"))).isFalse();
        assertThat(EstateScope.of(caller(Role.RESIDENT, "chunhua", "chunhua-xinhua")).covers(in("chunhua", "chunhua-xinhua"))).isFalse();
        assertThat(EstateScope.of(caller(Role.SERVICE_COMPANY, null, null)).criteria().getCriteriaObject().toJson())
                .contains("\"_id\": {\"$exists\": false}");
    }
}
