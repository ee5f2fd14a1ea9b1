package org.estatecare.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.scoring.Breakdown;
import org.estatecare.assessments.scoring.ComplaintRecord;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.assessments.scoring.InspectionResult;
import org.estatecare.assessments.scoring.PeriodEvidence;
import org.estatecare.assessments.scoring.ReportStatus;
import org.estatecare.assessments.scoring.SchemeRules;
import org.estatecare.assessments.scoring.ScoreCalculator;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.AssessmentPublished;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.EventJson;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.outbox.OutboxEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    static final Instant NOW = Instant.parse("2026-10-10T02:00:00Z");
    static final SchemeRules RULES = SchemeRules.districtDefault();
    static final AssessedSpell SPELL = new AssessedSpell(new EstateId("e-1"), "chunhua", "chunhua-xinhua", Optional.of("anju"),
            AssessmentPeriod.parse("2026-Q3"), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 16));
    static final SchemeUsed SCHEME = new SchemeUsed("chunhua", 2, RULES.rewardShares());

    static Breakdown scored(String cleaning) {
        PeriodEvidence evidence = new PeriodEvidence(true, List.of(new InspectionResult("i-1", InspectionLevel.STREET_MONTHLY,
                LocalDate.of(2026, 7, 10), Map.of(BasicService.CLEANING, new BigDecimal(cleaning)))), List.of(), Optional.empty(),
                new ComplaintRecord(0, 0, 0, 0), ReportStatus.NOT_DUE, ReportStatus.NOT_DUE);
        return ScoreCalculator.score(RULES, evidence);
    }

    static AssessmentPublished announced(OutboxEvent event) {
        return EventJson.read(event.payload(), AssessmentPublished.class);
    }

    @Test
    void aDraftIsComputedAgainUntilTheStreetConfirmsIt() {
        Assessment assessment = Assessment.draft(SPELL, SCHEME, scored("40.00"), "officer", NOW);
        assessment.recompute(SCHEME, scored("90.00"), "officer", NOW);
        assertThat(assessment.score()).isEqualByComparingTo(scored("90.00").score());

        assessment.confirm("officer", NOW);

        assertThatThrownBy(() -> assessment.recompute(SCHEME, scored("10.00"), "officer", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThat(assessment.pendingEvents()).isEmpty();
        assertThat(assessment.id()).isEqualTo(AssessmentId.of(new EstateId("e-1"), SPELL.period(), SPELL.from()));
    }

    @Test
    @DisplayName("R-ASM-1: publication announces the spell, the scheme version, the score, the grade and its reward share")
    void publicationIsAnnounced() {
        Assessment assessment = Assessment.draft(SPELL, SCHEME, scored("95.00"), "officer", NOW);
        assertThatThrownBy(() -> assessment.publish("officer", NOW)).isInstanceOf(StateConflictException.class);
        assessment.confirm("officer", NOW);

        assessment.publish("officer", NOW);

        OutboxEvent event = assessment.pendingEvents().get(0);
        assertThat(event.type()).isEqualTo(AssessmentEvents.PUBLISHED.type());
        assertThat(event.key()).isEqualTo("e-1");
        AssessmentPublished published = announced(event);
        assertThat(published.companyId()).isEqualTo("anju");
        assertThat(published.periodKind()).isEqualTo("QUARTER");
        assertThat(published.periodStart()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(published.periodEnd()).isEqualTo(LocalDate.of(2026, 8, 16));
        assertThat(published.schemeId()).isEqualTo("chunhua");
        assertThat(published.schemeVersion()).isEqualTo(2);
        assertThat(published.grade()).isEqualTo(assessment.grade().name());
        assertThat(published.rewardShare()).isEqualByComparingTo(RULES.rewardShares().get(assessment.grade()));
        assertThat(published.revision()).isZero();
        assertThat(published.revisionReason()).isNull();
    }

    @Test
    @DisplayName("R-ASM-3: a re-inspection revises the published grade as the next revision, announced, the first kept")
    void aRevisionIsKeptAndAnnounced() {
        Assessment assessment = Assessment.draft(SPELL, SCHEME, scored("20.00"), "officer", NOW);
        assessment.confirm("officer", NOW);
        assessment.publish("officer", NOW);
        Grade first = assessment.grade();

        assessment.revise(scored("96.00"), "re-inspection r-1", "inspector", NOW);

        assertThat(assessment.revisions()).extracting(Revision::number).containsExactly(0, 1);
        assertThat(assessment.revisions().get(0).grade()).isEqualTo(first);
        assertThat(assessment.revisions().get(1).reason()).isEqualTo("re-inspection r-1");
        OutboxEvent revised = assessment.pendingEvents().get(1);
        assertThat(revised.type()).isEqualTo(AssessmentEvents.REVISED.type());
        assertThat(announced(revised).revision()).isEqualTo(1);
        assertThat(announced(revised).revisionReason()).isEqualTo("re-inspection r-1");
        assertThat(announced(revised).grade()).isEqualTo(assessment.grade().name());

        // the same re-inspection completed again (a retry, a second replica) revises nothing more
        assessment.revise(scored("50.00"), "re-inspection r-1", "inspector", NOW);
        assertThat(assessment.revisions()).hasSize(2);
        assertThat(assessment.pendingEvents()).hasSize(2);
        assertThat(assessment.score()).isEqualByComparingTo(scored("96.00").score());
    }

    @Test
    void onlyAPublishedAssessmentIsRevised() {
        Assessment assessment = Assessment.draft(SPELL, SCHEME, scored("20.00"), "officer", NOW);
        assertThatThrownBy(() -> assessment.revise(scored("96.00"), "re-inspection r-1", "inspector", NOW))
                .isInstanceOf(StateConflictException.class);
    }
}
