package org.estatecare.assessments.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InspectionAccessTest {

    final InspectionAccess access = new InspectionAccess();

    static Caller caller(Role role, String street, String community, String company) {
        return new Caller("sub", role.code() + "-user", Set.of(role), Optional.ofNullable(street), Optional.ofNullable(community),
                Optional.ofNullable(company), Optional.empty());
    }

    static final Caller COMMITTEE = caller(Role.COMMUNITY_OFFICER, "chunhua", "chunhua-xinhua", null);
    static final Caller OTHER_COMMITTEE = caller(Role.COMMUNITY_OFFICER, "chunhua", "chunhua-wanxin", null);
    static final Caller STREET = caller(Role.STREET_OFFICER, "chunhua", null, null);
    static final Caller OTHER_STREET = caller(Role.STREET_OFFICER, "dongxin", null, null);
    static final Caller DISTRICT = caller(Role.DISTRICT_ADMIN, null, null, null);
    static final Caller CITY = caller(Role.MUNICIPAL_INSPECTOR, null, null, null);
    static final Caller COMPANY = caller(Role.SERVICE_COMPANY, null, null, "anju");
    static final Caller RESIDENT = caller(Role.RESIDENT, "chunhua", "chunhua-xinhua", null);

    boolean mayRecord(Caller caller, InspectionLevel level) {
        return access.mayRecord(caller, level, "chunhua", "chunhua-xinhua");
    }

    @Test
    @DisplayName("R-ASM-2: the residents' committee records the daily check of its own community's estates, and only it")
    void theCommitteeRecordsItsOwnCommunitysDailyChecks() {
        assertThat(mayRecord(COMMITTEE, InspectionLevel.COMMITTEE_DAILY)).isTrue();
        assertThat(mayRecord(OTHER_COMMITTEE, InspectionLevel.COMMITTEE_DAILY)).isFalse();
        assertThat(List.of(STREET, DISTRICT, CITY, COMPANY, RESIDENT))
                .noneMatch(other -> mayRecord(other, InspectionLevel.COMMITTEE_DAILY));
        assertThat(EnumSet.complementOf(EnumSet.of(InspectionLevel.COMMITTEE_DAILY)))
                .noneMatch(level -> mayRecord(COMMITTEE, level));
    }

    @Test
    @DisplayName("R-ASM-3: the street assesses its own estates monthly; the district and the city spot-check anywhere")
    void theStreetTheDistrictAndTheCityRecordTheirOwnLevels() {
        assertThat(mayRecord(STREET, InspectionLevel.STREET_MONTHLY)).isTrue();
        assertThat(mayRecord(OTHER_STREET, InspectionLevel.STREET_MONTHLY)).isFalse();
        assertThat(access.mayRecordAtAll(OTHER_STREET, InspectionLevel.STREET_MONTHLY)).isTrue();
        assertThat(access.mayRecord(DISTRICT, InspectionLevel.DISTRICT_SPOT, "dongxin", "dongxin-huaxin")).isTrue();
        assertThat(access.mayRecord(CITY, InspectionLevel.MUNICIPAL_SPOT, "dongxin", "dongxin-huaxin")).isTrue();
        assertThat(mayRecord(DISTRICT, InspectionLevel.MUNICIPAL_SPOT)).isFalse();
        assertThat(mayRecord(CITY, InspectionLevel.DISTRICT_SPOT)).isFalse();
        assertThat(mayRecord(DISTRICT, InspectionLevel.STREET_MONTHLY)).isFalse();
        assertThat(List.of(COMPANY, RESIDENT, caller(Role.AUDITOR, null, null, null), caller(Role.DEPARTMENT_OFFICER, null, null, null)))
                .allSatisfy(nobody -> assertThat(InspectionLevel.values()).noneMatch(level -> access.mayRecordAtAll(nobody, level)));
    }

    @Test
    @DisplayName("R-ASM-2: a committee's check is corrected by a committee of the community it was recorded in")
    void aCorrectionIsTheRecordersRoleAndScope() {
        KnownEstates estates = new KnownEstates().included(new EstateId("e-1"), "chunhua", "chunhua-xinhua", LocalDate.of(2026, 2, 1));
        Inspection daily = Inspection.record(new InspectionId("i-1"), new EstateId("e-1"), InspectionLevel.COMMITTEE_DAILY, "rc",
                new InspectionReport(LocalDate.of(2026, 3, 2), List.of(new Checklist(BasicService.PATROL,
                        List.of(new CheckItem("巡视记录", true, null)))), List.of()), estates, LocalDate.of(2026, 3, 2), Instant.EPOCH);

        assertThat(access.mayCorrect(COMMITTEE, daily)).isTrue();
        assertThat(access.mayCorrect(OTHER_COMMITTEE, daily)).isFalse();
        assertThat(access.mayCorrect(STREET, daily)).isFalse();
        assertThat(access.mayCorrect(DISTRICT, daily)).isFalse();
    }

    @Test
    void readsAreScopedByStreetCommunityAndTheCompanyThatServed() {
        assertThat(query(DISTRICT)).isEqualTo(new Document());
        assertThat(query(CITY)).isEqualTo(new Document());
        assertThat(query(caller(Role.AUDITOR, null, null, null))).isEqualTo(new Document());
        assertThat(query(STREET).toJson()).contains("\"street\": \"chunhua\"");
        assertThat(query(COMMITTEE).toJson()).contains("\"community\": \"chunhua-xinhua\"").doesNotContain("\"street\"");
        assertThat(query(COMPANY).toJson()).contains("\"companyId\": \"anju\"");
        assertThat(query(RESIDENT)).isEqualTo(Access.nothing().getCriteriaObject());
        assertThat(query(caller(Role.DEPARTMENT_OFFICER, null, null, null))).isEqualTo(Access.nothing().getCriteriaObject());
        assertThat(query(caller(Role.COMMUNITY_OFFICER, "chunhua", null, null))).isEqualTo(Access.nothing().getCriteriaObject());
    }

    Document query(Caller caller) {
        return access.scope(caller).getCriteriaObject();
    }
}
