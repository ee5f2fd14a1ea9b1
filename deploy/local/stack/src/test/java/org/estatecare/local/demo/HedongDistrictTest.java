package org.estatecare.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.estatecare.local.demo.HedongDistrict.AgreementPlan;
import org.estatecare.local.demo.HedongDistrict.EstatePlan;
import org.estatecare.local.demo.HedongDistrict.Target;
import org.junit.jupiter.api.Test;

/** The demo district is the same on every machine and keeps what the README's tours rely on. */
class HedongDistrictTest {

    final HedongDistrict district = HedongDistrict.demo();

    @Test
    void sixtyEstatesFoundAgainByCommunityAndName() {
        assertThat(district.estates()).hasSize(HedongDistrict.ESTATES);
        assertThat(district.estates().stream().map(e -> e.community().code() + "/" + e.name()).distinct()).hasSize(60);
        assertThat(HedongDistrict.demo()).as("seeded: the same plan every time").isEqualTo(district);
    }

    @Test
    void everyLifecycleStatusIsThereAndHalfAreIncluded() {
        assertThat(district.estates()).extracting(EstatePlan::target).contains(Target.values());
        assertThat(district.estates().stream().filter(e -> e.target() == Target.INCLUDED)).hasSize(30);
    }

    @Test
    void decisionsFollowEachOtherInThePolicysOrder() {
        for (EstatePlan e : district.estates()) {
            assertThat(e.acceptedOn()).isAfter(e.approvedOn());
            if (e.reaches(Target.TAKEOVER_ACCEPTED)) {
                assertThat(e.takeoverOn()).isAfter(e.acceptedOn());
            }
            if (e.reaches(Target.FILED)) {
                assertThat(e.filedOn()).isAfter(e.takeoverOn());
            }
            if (e.reaches(Target.INCLUDED)) {
                assertThat(e.includedOn()).isAfter(e.filedOn());
                assertThat(e.municipalSubsidy()).as("an included estate receives the municipal subsidy").isTrue();
                assertThat(e.approvalDocument()).as("an included estate has its approval document").isNotNull();
            }
            if (e.reaches(Target.EXITED)) {
                assertThat(e.exitOn()).isAfter(e.includedOn());
            }
        }
    }

    @Test
    void theToursCommunityHasAnIncludedEstateWithoutAnAgreement() {
        List<EstatePlan> xinhua = district.estates().stream()
                .filter(e -> e.community().code().equals(HedongDistrict.LEFT_FOR_THE_TOUR) && e.target() == Target.INCLUDED
                        && "SERVICE_COMPANY".equals(e.managementMode()))
                .toList();

        assertThat(xinhua).isNotEmpty();
        assertThat(district.agreements()).extracting(a -> a.estate().community().code())
                .doesNotContain(HedongDistrict.LEFT_FOR_THE_TOUR);
    }

    @Test
    void agreementsForIncludedCompanyModeEstatesWithAnjuServingChunhua() {
        List<AgreementPlan> agreements = district.agreements();

        assertThat(agreements).isNotEmpty().allSatisfy(a -> {
            assertThat(a.estate().target()).isEqualTo(Target.INCLUDED);
            assertThat(a.estate().managementMode()).isEqualTo("SERVICE_COMPANY");
            assertThat(a.termStart()).isEqualTo(a.estate().includedOn());
        });
        assertThat(agreements).filteredOn(a -> a.estate().street().code().equals("chunhua"))
                .allSatisfy(a -> assertThat(a.companyId()).isEqualTo("anju"));
        assertThat(agreements).anyMatch(AgreementPlan::coversPublishedQuarter);
    }

    @Test
    void aPublishedQuarterNeverCollectsMoreThanWasBilled() {
        for (AgreementPlan a : district.agreements()) {
            for (var month : HedongDistrict.PUBLISHED_QUARTER) {
                assertThat(a.collected(month)).isLessThanOrEqualTo(a.monthlyBilled());
                assertThat(a.householdsPaid(month)).isBetween(0, a.estate().households());
            }
        }
    }
}
