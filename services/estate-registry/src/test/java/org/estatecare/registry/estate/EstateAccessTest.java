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

class EstateAccessTest {

    final EstateAccess access = new EstateAccess();

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
        Caller officer = caller(Role.STREET_OFFICER, "chunhua", null);

        assertThat(access.mayPlace(officer, in("chunhua", "chunhua-xinhua"))).isTrue();
        assertThat(access.mayPlace(officer, in("dongxin", "dongxin-dongxin"))).isFalse();
        assertThat(access.scope(officer).getCriteriaObject().toJson()).contains("\"details.street\": \"chunhua\"");
    }

    @Test
    void communityOfficerSeesOwnCommunity() {
        Caller officer = caller(Role.COMMUNITY_OFFICER, "chunhua", "chunhua-xinhua");

        assertThat(access.mayPlace(officer, in("chunhua", "chunhua-xinhua"))).isTrue();
        assertThat(access.mayPlace(officer, in("chunhua", "chunhua-wanxin"))).isFalse();
        assertThat(access.scope(officer).getCriteriaObject().toJson()).contains("\"details.community\": \"chunhua-xinhua\"");
    }

    @Test
    void districtMunicipalAuditAndDepartmentRolesSeeAll() {
        for (Role role : Set.of(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR, Role.DEPARTMENT_OFFICER)) {
            assertThat(access.mayPlace(caller(role, null, null), in("tiantie", "tiantie-yejin"))).as(role.code()).isTrue();
            assertThat(access.scope(caller(role, null, null)).getCriteriaObject()).as(role.code()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-PRIN-1: only the district moves an estate to another street")
    void onlyTheDistrictMovesAnEstateToAnotherStreet() {
        Estate estate = EstateTest.registered(EstateTest.ELIGIBLE);
        String street = estate.details().street();
        EstateDetails elsewhere = EstateTest.details(EstateTest.ELIGIBLE, "dongxin");

        assertThat(access.mayChangeDetails(caller(Role.STREET_OFFICER, street, null), estate, estate.details())).isTrue();
        assertThat(access.mayChangeDetails(caller(Role.STREET_OFFICER, street, null), estate, elsewhere)).isFalse();
        assertThat(access.mayChangeDetails(caller(Role.DISTRICT_ADMIN, null, null), estate, elsewhere)).isTrue();
    }

    @Test
    void aStreetOfficerWithoutAStreetClaimAndResidentsSeeNothing() {
        assertThat(access.mayPlace(caller(Role.STREET_OFFICER, null, null), in("chunhua", "chunhua-xinhua"))).isFalse();
        assertThat(access.mayPlace(caller(Role.RESIDENT, "chunhua", "chunhua-xinhua"), in("chunhua", "chunhua-xinhua"))).isFalse();
        assertThat(access.scope(caller(Role.SERVICE_COMPANY, null, null)).getCriteriaObject().toJson())
                .contains("\"_id\": {\"$exists\": false}");
    }
}
