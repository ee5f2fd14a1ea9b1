package org.estatecare.assessments.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.assessments.scoring.Criterion;
import org.estatecare.assessments.scoring.SchemeRules;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemeTest {

    static final Instant NOW = Instant.parse("2027-03-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    static final SchemeRules RULES = SchemeRules.districtDefault();

    static Scheme street() {
        return Scheme.of(SchemeId.ofStreet("chunhua"));
    }

    static SchemeRules withFirstWeight(int weight) {
        List<Criterion> criteria = new ArrayList<>(RULES.criteria());
        criteria.set(0, new Criterion(criteria.get(0).code(), weight));
        return new SchemeRules(criteria, RULES.notAssessedWithoutCompany(), RULES.levelWeights(), RULES.deductions(),
                RULES.grades(), RULES.rewardShares(), RULES.sample(), RULES.complaintHandling(), RULES.reportingDue());
    }

    static List<String> conditions(Throwable thrown) {
        return ((RuleViolationException) thrown).violations().stream().map(Violation::condition).toList();
    }

    @Test
    @DisplayName("R-ASM-1: a street's version is used only once the district approves it")
    void aStreetsVersionScoresOnlyOnceApproved() {
        Scheme scheme = street();
        scheme.draft(RULES, LocalDate.of(2027, 4, 1), "试行", "officer", NOW, TODAY);
        assertThat(scheme.inForceOn(LocalDate.of(2027, 4, 15))).isEmpty();

        scheme.submit(1, "officer", NOW);
        assertThat(scheme.inForceOn(LocalDate.of(2027, 4, 15))).isEmpty();

        scheme.approve(1, "同意", "admin", NOW, TODAY);
        assertThat(scheme.inForceOn(LocalDate.of(2027, 3, 31))).isEmpty();
        assertThat(scheme.inForceOn(LocalDate.of(2027, 4, 1))).hasValueSatisfying(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.decidedBy()).isEqualTo("admin");
        });
    }

    @Test
    @DisplayName("R-ASM-1: a later approved version takes over from its first day; the earlier still scores the days before")
    void aLaterVersionTakesOverFromItsFirstDay() {
        Scheme scheme = street();
        scheme.draft(RULES, LocalDate.of(2027, 3, 1), null, "officer", NOW, TODAY);
        scheme.submit(1, "officer", NOW);
        scheme.approve(1, null, "admin", NOW, TODAY);
        scheme.draft(withFirstWeight(RULES.criteria().get(0).weight()), LocalDate.of(2027, 7, 1), null, "officer", NOW, TODAY);
        scheme.submit(2, "officer", NOW);
        scheme.approve(2, null, "admin", NOW, TODAY);

        assertThat(scheme.inForceOn(LocalDate.of(2027, 6, 30)).orElseThrow().number()).isEqualTo(1);
        assertThat(scheme.inForceOn(LocalDate.of(2027, 7, 1)).orElseThrow().number()).isEqualTo(2);
        assertThat(scheme.versions()).hasSize(2);
    }

    @Test
    @DisplayName("R-ASM-1: weights that do not sum to 100 and a first day mid-month are refused together")
    void badRulesAndDatesAreRefusedTogether() {
        Scheme scheme = street();

        assertThatThrownBy(() -> scheme.draft(withFirstWeight(RULES.criteria().get(0).weight() + 5), LocalDate.of(2027, 4, 15),
                null, "officer", NOW, TODAY))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(conditions(e)).contains("effective-not-month-start").hasSizeGreaterThanOrEqualTo(2));
        assertThat(scheme.versions()).isEmpty();
    }

    @Test
    @DisplayName("R-ASM-1: a version cannot reach back into a month already over, nor more than two years ahead")
    void firstDaysAreBounded() {
        assertThatThrownBy(() -> street().draft(RULES, LocalDate.of(2027, 2, 1), null, "officer", NOW, TODAY))
                .satisfies(e -> assertThat(conditions(e)).containsExactly("effective-in-the-past"));
        assertThat(street().draft(RULES, LocalDate.of(2027, 3, 1), null, "officer", NOW, TODAY).number()).isEqualTo(1);
        assertThat(street().draft(RULES, LocalDate.of(2029, 3, 1), null, "officer", NOW, TODAY).number()).isEqualTo(1);
        assertThatThrownBy(() -> street().draft(RULES, LocalDate.of(2029, 4, 1), null, "officer", NOW, TODAY))
                .satisfies(e -> assertThat(conditions(e)).containsExactly("effective-too-far-ahead"));
    }

    @Test
    @DisplayName("R-ASM-1: the district does not approve a version whose month is over by the time it decides")
    void approvalAfterTheMonthIsRefused() {
        Scheme scheme = street();
        scheme.draft(RULES, LocalDate.of(2027, 3, 1), null, "officer", NOW, TODAY);
        scheme.submit(1, "officer", NOW);

        assertThatThrownBy(() -> scheme.approve(1, null, "admin", NOW, LocalDate.of(2027, 4, 1)))
                .satisfies(e -> assertThat(conditions(e)).containsExactly("effective-in-the-past"));
        assertThat(scheme.version(1).status()).isEqualTo(VersionStatus.SUBMITTED);
    }

    @Test
    void oneVersionIsOpenAtATimeAndDecidedOnesNeverChange() {
        Scheme scheme = street();
        scheme.draft(RULES, LocalDate.of(2027, 4, 1), null, "officer", NOW, TODAY);

        assertThatThrownBy(() -> scheme.draft(RULES, LocalDate.of(2027, 5, 1), null, "officer", NOW, TODAY))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> scheme.approve(1, null, "admin", NOW, TODAY)).isInstanceOf(StateConflictException.class);

        scheme.submit(1, "officer", NOW);
        assertThatThrownBy(() -> scheme.revise(1, RULES, LocalDate.of(2027, 5, 1), null, "officer", NOW, TODAY))
                .isInstanceOf(StateConflictException.class);
        scheme.reject(1, "权重不合理", "admin", NOW);
        assertThatThrownBy(() -> scheme.approve(1, null, "admin", NOW, TODAY)).isInstanceOf(StateConflictException.class);

        assertThat(scheme.draft(RULES, LocalDate.of(2027, 5, 1), null, "officer", NOW, TODAY).number()).isEqualTo(2);
        assertThat(scheme.version(1).decisionNote()).isEqualTo("权重不合理");
    }

    @Test
    void theDistrictApprovesItsOwnDraftWithoutSubmission() {
        Scheme district = Scheme.districtDefault(RULES, LocalDate.of(2020, 1, 1), NOW);
        assertThat(district.inForceOn(LocalDate.of(2020, 1, 1))).isPresent();

        district.draft(RULES, LocalDate.of(2027, 4, 1), null, "admin", NOW, TODAY);
        assertThatThrownBy(() -> district.submit(2, "admin", NOW)).isInstanceOf(StateConflictException.class);
        district.approve(2, null, "admin", NOW, TODAY);

        assertThat(district.inForceOn(LocalDate.of(2027, 4, 1)).orElseThrow().number()).isEqualTo(2);
        assertThat(district.inForceOn(LocalDate.of(2027, 3, 31)).orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void aSchemeIsTheDistrictsOrAStreetsByItsCode() {
        assertThat(SchemeId.of("district").isDistrict()).isTrue();
        assertThat(SchemeId.of("chunhua").street()).contains("chunhua");
        assertThatThrownBy(() -> SchemeId.ofStreet("district")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchemeId.of("Chunhua")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchemeId.of("a".repeat(41))).isInstanceOf(IllegalArgumentException.class);
    }
}
