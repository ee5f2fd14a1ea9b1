package org.estatecare.registry.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.estatecare.registry.estate.EstateTest.BUREAU;
import static org.estatecare.registry.estate.EstateTest.NOW;
import static org.estatecare.registry.estate.EstateTest.included;
import static org.estatecare.registry.estate.EstateTest.lastEvent;
import static org.estatecare.registry.estate.EstateTest.refusal;

import java.util.List;

import org.estatecare.events.EventJson;
import org.estatecare.events.codes.SigningParty;
import org.estatecare.events.estates.ManagementCommitteeChanged;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommitteeMakeUpTest {

    static final CommitteeMember OWNER = new CommitteeMember("王建华", CommitteeCapacity.PROPERTY_OWNER);
    static final CommitteeMember RESIDENTS_COMMITTEE = new CommitteeMember("李秀英", CommitteeCapacity.RESIDENTS_COMMITTEE);
    static final CommitteeMember REPRESENTATIVE = new CommitteeMember("赵志强", CommitteeCapacity.RESIDENT_REPRESENTATIVE);

    @Test
    @DisplayName("R-COMM-1: owners, the residents' committee and resident representatives make a committee, which then signs")
    void completeCommitteeSigns() {
        Estate estate = included();

        estate.appointCommittee(Committee.management(List.of(OWNER, RESIDENTS_COMMITTEE, REPRESENTATIVE,
                new CommitteeMember("钱丽", CommitteeCapacity.RESIDENT_REPRESENTATIVE))), BUREAU, NOW);

        assertThat(estate.committee().signingParty()).isEqualTo(SigningParty.MANAGEMENT_COMMITTEE);
        assertThat(estate.committee().members()).hasSize(4);
        assertThat(EventJson.read(lastEvent(estate).payload(), ManagementCommitteeChanged.class).signingParty())
                .isEqualTo("MANAGEMENT_COMMITTEE");
    }

    @Test
    @DisplayName("R-COMM-1: a committee without the residents' committee is refused naming it, and nothing changes")
    void missingCapacityIsNamed() {
        Estate estate = included();
        long revision = estate.revision();

        refusal(() -> estate.appointCommittee(Committee.management(List.of(OWNER, REPRESENTATIVE)), BUREAU, NOW))
                .extracting(Violation::rule, Violation::condition, Violation::about)
                .containsExactly(tuple("R-COMM-1", "residents-committee-missing", "members"));
        assertThat(estate.committee()).isEqualTo(Committee.NONE_YET);
        assertThat(estate.revision()).isEqualTo(revision);
    }

    @Test
    @DisplayName("R-COMM-1: a committee of owners only misses the other two capacities; an empty one all three")
    void everyMissingCapacityIsNamed() {
        assertThat(Committee.management(List.of(OWNER, OWNER)).makeUpProblems()).extracting(Violation::condition)
                .containsExactly("residents-committee-missing", "resident-representative-missing");
        assertThat(Committee.management(List.of()).makeUpProblems()).extracting(Violation::condition)
                .containsExactly("property-owner-missing", "residents-committee-missing", "resident-representative-missing");
        assertThat(Committee.management(List.of(OWNER, RESIDENTS_COMMITTEE, REPRESENTATIVE)).makeUpProblems()).isEmpty();
    }

    @Test
    @DisplayName("R-COMM-1: a member kept from free text that named no capacity counts for none")
    void unclassifiedMemberCountsForNone() {
        Committee stored = Committee.management(List.of(OWNER, REPRESENTATIVE, new CommitteeMember("孙伟", null, "街道网格员")));

        assertThat(stored.makeUpProblems()).extracting(Violation::condition).containsExactly("residents-committee-missing");
    }

    @Test
    @DisplayName("R-COMM-1: where no committee exists the residents' committee acts and signs; the signing party follows the committee")
    void signingPartyFollowsTheCommittee() {
        Estate estate = included();
        assertThat(estate.committee().signingParty()).isEqualTo(SigningParty.RESIDENTS_COMMITTEE);
        estate.appointCommittee(Committee.management(List.of(OWNER, RESIDENTS_COMMITTEE, REPRESENTATIVE)), BUREAU, NOW);
        assertThat(estate.committee().signingParty()).isEqualTo(SigningParty.MANAGEMENT_COMMITTEE);

        estate.appointCommittee(Committee.actingResidentsCommittee(), BUREAU, NOW);

        assertThat(estate.committee().signingParty()).isEqualTo(SigningParty.RESIDENTS_COMMITTEE);
        assertThat(estate.committee().members()).isEmpty();
        assertThat(EventJson.read(lastEvent(estate).payload(), ManagementCommitteeChanged.class).signingParty())
                .isEqualTo("RESIDENTS_COMMITTEE");
    }

    @Test
    @DisplayName("R-COMM-1: free-text capacities stored before the codes map to them where known")
    void recordedTextMapsToCodes() {
        assertThat(CommitteeCapacity.fromRecordedText("业主代表")).contains(CommitteeCapacity.PROPERTY_OWNER);
        assertThat(CommitteeCapacity.fromRecordedText(" 产权单位 ")).contains(CommitteeCapacity.PROPERTY_OWNER);
        assertThat(CommitteeCapacity.fromRecordedText("社区居委会")).contains(CommitteeCapacity.RESIDENTS_COMMITTEE);
        assertThat(CommitteeCapacity.fromRecordedText("居民代表")).contains(CommitteeCapacity.RESIDENT_REPRESENTATIVE);
        assertThat(CommitteeCapacity.fromRecordedText("RESIDENT_REPRESENTATIVE")).contains(CommitteeCapacity.RESIDENT_REPRESENTATIVE);
        assertThat(CommitteeCapacity.fromRecordedText("街道网格员")).isEmpty();
        assertThat(CommitteeCapacity.fromRecordedText(null)).isEmpty();
    }
}
