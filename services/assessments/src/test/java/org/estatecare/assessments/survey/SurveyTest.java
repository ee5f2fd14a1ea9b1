package org.estatecare.assessments.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.scoring.InsufficientSample;
import org.estatecare.assessments.scoring.SampleRule;
import org.estatecare.assessments.scoring.SurveyResult;
import org.estatecare.events.EventJson;
import org.estatecare.events.assessments.SurveyClosed;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.outbox.OutboxEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyTest {

    /** Friday 10 April 2026, 10:00 in Beijing: the first quarter is over. */
    static final Instant NOW = Instant.parse("2026-04-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    static final EstateId ESTATE = new EstateId("e-1");
    static final AssessmentPeriod Q1 = AssessmentPeriod.parse("2026-Q1");
    static final CompanyId ANJU = new CompanyId("anju");
    static final KeyedHashes HASHES = new KeyedHashes(new SurveyProperties("a-test-key-of-more-than-thirty-two-bytes"));
    /** 30% of the households, at least 20 answers. */
    static final SampleRule SAMPLE = new SampleRule(new BigDecimal("0.30"), 20, InsufficientSample.CAP_AT_PASS);
    static final SampleStandard STANDARD = new SampleStandard("chunhua", 3, SAMPLE);

    static EstateTimeline estate(int households, LocalDate includedFrom, LocalDate exitFrom) {
        return new EstateTimeline(ESTATE.value(), "春华里", "chunhua", "chunhua-xinhua", "春华街1号", 12, households,
                BigDecimal.TEN, includedFrom, null, exitFrom, exitFrom == null ? null : "TRANSFER", List.of(), null);
    }

    static Survey open(int households) {
        return Survey.open(new SurveyId("s-1"), ESTATE, Q1, Optional.of(estate(households, LocalDate.of(2025, 1, 1), null)),
                Optional.of(ANJU), "chunhua-officer", TODAY, NOW);
    }

    /** Every basic service and the whole rated the same. */
    static SurveyAnswer rated(int rating) {
        return rated(rating, rating);
    }

    static SurveyAnswer rated(int services, int overall) {
        Map<BasicService, Integer> ratings = new EnumMap<>(BasicService.class);
        for (BasicService service : BasicService.values()) {
            ratings.put(service, services);
        }
        return new SurveyAnswer(ratings, overall);
    }

    static HouseholdHash household(Survey survey, String reference) {
        return HASHES.household(survey.id(), HouseholdReference.of(reference));
    }

    /** Issues a code to the household and answers the code's hash. */
    static CodeHash issue(Survey survey, String reference, String code) {
        CodeHash hashed = HASHES.code(SurveyCode.typed(code));
        survey.issueCodes(List.of(new CodeIssue(household(survey, reference), hashed)), NOW);
        return hashed;
    }

    /** {@code count} paper forms from distinct households, all rating {@code rating}. */
    static void answered(Survey survey, int count, int rating) {
        int already = survey.answers();
        for (int i = 1; i <= count; i++) {
            survey.answerOnPaper(household(survey, "1-1-" + (already + i)), rated(rating));
        }
    }

    static List<String> conditions(RuleViolationException refused) {
        return refused.violations().stream().map(Violation::condition).toList();
    }

    @Nested
    class Opening {

        @Test
        @DisplayName("R-ASM-4: the street office opens a survey with the estate's street, community and households as announced")
        void fixesTheEstateAsAnnounced() {
            Survey survey = open(480);

            assertThat(survey.street()).isEqualTo("chunhua");
            assertThat(survey.community()).isEqualTo("chunhua-xinhua");
            assertThat(survey.households()).isEqualTo(480);
            assertThat(survey.companyId()).contains(ANJU);
            assertThat(survey.period()).isEqualTo(Q1);
            assertThat(survey.status()).isEqualTo(SurveyStatus.OPEN);
            assertThat(survey.pendingEvents()).isEmpty();
        }

        @Test
        @DisplayName("R-ASM-4: a survey may open on the first day of its period, not the day before")
        void opensFromThePeriodsFirstDay() {
            AssessmentPeriod april = AssessmentPeriod.parse("2026-04");
            Optional<EstateTimeline> known = Optional.of(estate(480, LocalDate.of(2025, 1, 1), null));

            assertThat(Survey.open(new SurveyId("s-2"), ESTATE, april, known, Optional.empty(), "o", LocalDate.of(2026, 4, 1), NOW)
                    .companyId()).isEmpty();
            RuleViolationException early = catchThrowableOfType(RuleViolationException.class, () -> Survey.open(
                    new SurveyId("s-3"), ESTATE, april, known, Optional.empty(), "o", LocalDate.of(2026, 3, 31), NOW));
            assertThat(conditions(early)).containsExactly("period-not-begun");
        }

        @Test
        @DisplayName("R-ELIG-2: an estate that leaves the scheme on the period's last day is not surveyed; one leaving the day after is")
        void inTheSchemeOnThePeriodsLastDay() {
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class, () -> Survey.open(
                    new SurveyId("s-1"), ESTATE, Q1, Optional.of(estate(480, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 31))),
                    Optional.empty(), "o", TODAY, NOW));
            assertThat(refused.violations()).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo("R-ELIG-2");
                assertThat(v.condition()).isEqualTo("not-in-scheme-at-period-end");
                assertThat(v.about()).isEqualTo("2026-03-31");
            });

            assertThat(Survey.open(new SurveyId("s-1"), ESTATE, Q1, Optional.of(estate(480, LocalDate.of(2025, 1, 1),
                    LocalDate.of(2026, 4, 1))), Optional.empty(), "o", TODAY, NOW).status()).isEqualTo(SurveyStatus.OPEN);
        }

        @Test
        @DisplayName("R-ASM-4: a survey names every reason it cannot open: an estate not announced, a period not begun or before 2020")
        void namesEveryReason() {
            RuleViolationException unknown = catchThrowableOfType(RuleViolationException.class, () -> Survey.open(
                    new SurveyId("s-1"), ESTATE, AssessmentPeriod.parse("2026-Q3"), Optional.empty(), Optional.empty(), "o",
                    TODAY, NOW));
            assertThat(conditions(unknown)).containsExactlyInAnyOrder("period-not-begun", "unknown-estate");

            RuleViolationException old = catchThrowableOfType(RuleViolationException.class, () -> Survey.open(
                    new SurveyId("s-1"), ESTATE, AssessmentPeriod.parse("2019-12"), Optional.of(estate(0,
                            LocalDate.of(2025, 1, 1), null)), Optional.empty(), "o", TODAY, NOW));
            assertThat(conditions(old)).containsExactlyInAnyOrder("period-before-2020", "not-in-scheme-at-period-end",
                    "no-households");
        }
    }

    @Nested
    class OneAnswerPerHousehold {

        @Test
        @DisplayName("R-ASM-4: a household answers once on paper; a second form for it is refused")
        void paperTwice() {
            Survey survey = open(480);
            survey.answerOnPaper(household(survey, "3-2-501"), rated(5));

            assertThatThrownBy(() -> survey.answerOnPaper(household(survey, " 3-2-501 "), rated(1)))
                    .isInstanceOf(StateConflictException.class)
                    .satisfies(e -> assertThat(((StateConflictException) e).currentState()).isEqualTo("HOUSEHOLD_ANSWERED"));
            assertThat(survey.answers()).isEqualTo(1);
        }

        @Test
        @DisplayName("R-ASM-4: a code answers once; used again it is refused and nothing more is counted")
        void codeSingleUse() {
            Survey survey = open(480);
            CodeHash code = issue(survey, "3-2-501", "K7QM-2XWD-9HTC");

            survey.answerWithCode(code, rated(4));

            assertThatThrownBy(() -> survey.answerWithCode(code, rated(1))).isInstanceOf(StateConflictException.class);
            assertThat(survey.answers()).isEqualTo(1);
            assertThat(survey.answersByCode()).isEqualTo(1);
        }

        @Test
        @DisplayName("R-ASM-4: a household that answered on paper cannot answer again with its code, nor the other way round")
        void codeAndPaperAreOneHousehold() {
            Survey survey = open(480);
            CodeHash code = issue(survey, "3-2-501", "K7QM-2XWD-9HTC");
            survey.answerOnPaper(household(survey, "3-2-501"), rated(2));

            assertThatThrownBy(() -> survey.answerWithCode(code, rated(5))).isInstanceOf(StateConflictException.class);

            CodeHash other = issue(survey, "3-2-502", "AAAA-BBBB-CCCC");
            survey.answerWithCode(other, rated(5));
            assertThatThrownBy(() -> survey.answerOnPaper(household(survey, "3-2-502"), rated(5)))
                    .isInstanceOf(StateConflictException.class);
            assertThat(survey.answers()).isEqualTo(2);
        }

        @Test
        @DisplayName("R-ASM-4: a household's hash is its own within a survey and differs from one survey to the next")
        void householdHashes() {
            SurveyId first = new SurveyId("s-1");
            assertThat(HASHES.household(first, HouseholdReference.of("a-1-101")))
                    .isEqualTo(HASHES.household(first, HouseholdReference.of("A-1-101")))
                    .isNotEqualTo(HASHES.household(first, HouseholdReference.of("A-1-102")))
                    .isNotEqualTo(HASHES.household(new SurveyId("s-2"), HouseholdReference.of("A-1-101")));
            assertThat(new KeyedHashes(new SurveyProperties("another-test-key-of-more-than-32-bytes"))
                    .household(first, HouseholdReference.of("A-1-101")))
                    .isNotEqualTo(HASHES.household(first, HouseholdReference.of("A-1-101")));
        }

        @Test
        @DisplayName("R-ASM-4: codes and answers cannot reach more households than the estate has")
        void noMoreHouseholdsThanTheEstate() {
            Survey survey = open(2);
            issue(survey, "1-1-101", "AAAA-BBBB-CCCC");
            survey.answerOnPaper(household(survey, "1-1-102"), rated(4));

            RuleViolationException byCode = catchThrowableOfType(RuleViolationException.class,
                    () -> issue(survey, "1-1-103", "DDDD-EEEE-FFFF"));
            RuleViolationException onPaper = catchThrowableOfType(RuleViolationException.class,
                    () -> survey.answerOnPaper(household(survey, "1-1-103"), rated(4)));

            assertThat(conditions(byCode)).containsExactly("more-households-than-the-estate");
            assertThat(conditions(onPaper)).containsExactly("more-households-than-the-estate");
            // the household holding a code still answers, with it or on paper
            survey.answerOnPaper(household(survey, "1-1-101"), rated(4));
            assertThat(survey.answers()).isEqualTo(2);
        }
    }

    @Nested
    class Codes {

        @Test
        @DisplayName("R-ASM-4: issuing again to a household replaces its unused code; the old one is then unknown")
        void reissueReplacesTheUnusedCode() {
            Survey survey = open(480);
            CodeHash lost = issue(survey, "3-2-501", "K7QM-2XWD-9HTC");
            CodeHash fresh = issue(survey, "3-2-501", "AAAA-BBBB-CCCC");

            assertThat(survey.codesIssued()).isEqualTo(1);
            assertThatThrownBy(() -> survey.answerWithCode(lost, rated(5))).isInstanceOf(NotFoundException.class);
            survey.answerWithCode(fresh, rated(5));
            assertThat(survey.answers()).isEqualTo(1);
        }

        @Test
        @DisplayName("R-ASM-4: a household that answered gets no new code")
        void noCodeAfterAnswering() {
            Survey survey = open(480);
            survey.answerWithCode(issue(survey, "3-2-501", "K7QM-2XWD-9HTC"), rated(5));

            assertThatThrownBy(() -> issue(survey, "3-2-501", "AAAA-BBBB-CCCC")).isInstanceOf(StateConflictException.class);
            assertThat(survey.codesIssued()).isEqualTo(1);
        }

        @Test
        @DisplayName("R-ASM-4: a code is read as printed, in groups or not, in either case; other text is no code")
        void typedCodes() {
            assertThat(SurveyCode.typed("k7qm 2xwd-9htc")).isEqualTo(SurveyCode.typed("K7QM2XWD9HTC"));
            assertThat(SurveyCode.typed("K7QM2XWD9HTC").printed()).isEqualTo("K7QM-2XWD-9HTC");
            assertThatThrownBy(() -> SurveyCode.typed("K7QM-2XWD-9HT0")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> SurveyCode.typed("K7QM-2XWD")).isInstanceOf(IllegalArgumentException.class);
            assertThat(SurveyCode.typed("K7QM2XWD9HTC").toString()).doesNotContain("K7QM");
            assertThat(HouseholdReference.of("3-2-501").toString()).doesNotContain("501");
        }
    }

    @Nested
    class Shares {

        @ParameterizedTest(name = "{0} of {1} satisfied → {2}")
        @CsvSource({"2, 3, 0.6667", "1, 6, 0.1667", "1, 8, 0.1250", "1, 32, 0.0313", "0, 5, 0.0000", "7, 7, 1.0000"})
        @DisplayName("R-ASM-4: satisfaction is the share of answers rating 4–5, to four decimals HALF_UP")
        void shareOfFourAndFive(int satisfied, int answers, String share) {
            Survey survey = open(480);
            answered(survey, satisfied, 4);
            answered(survey, answers - satisfied, 3);

            survey.close(STANDARD, Optional.of(ANJU), "chunhua-officer", NOW);

            assertThat(survey.toResult().satisfiedShare()).isEqualTo(new BigDecimal(share));
        }

        @Test
        @DisplayName("R-ASM-4: each basic service has its own share; 3 is not satisfied, 4 and 5 are")
        void perService() {
            Survey survey = open(480);
            Map<BasicService, Integer> ratings = new EnumMap<>(Map.of(BasicService.GATE_DUTY, 5, BasicService.PATROL, 4,
                    BasicService.CLEANING, 3, BasicService.PARKING, 1));
            survey.answerOnPaper(household(survey, "1-1-1"), new SurveyAnswer(ratings, 3));
            survey.answerOnPaper(household(survey, "1-1-2"), rated(4, 5));

            survey.close(STANDARD, Optional.empty(), "chunhua-officer", NOW);

            SurveyClosure closure = survey.closure().orElseThrow();
            assertThat(closure.serviceShares()).containsExactly(
                    Map.entry(BasicService.GATE_DUTY, new BigDecimal("1.0000")),
                    Map.entry(BasicService.PATROL, new BigDecimal("1.0000")),
                    Map.entry(BasicService.CLEANING, new BigDecimal("0.5000")),
                    Map.entry(BasicService.PARKING, new BigDecimal("0.5000")));
            assertThat(closure.satisfiedShare()).isEqualTo(new BigDecimal("0.5000"));
        }

        @Test
        @DisplayName("R-ASM-4: a rating is a whole number from 1 to 5 for each of the four basic services and overall")
        void ratingsOneToFive() {
            assertThatThrownBy(() -> rated(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> rated(6)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> rated(5, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SurveyAnswer(Map.of(BasicService.CLEANING, 5), 5)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Sample {

        /** Closes a survey of {@code households} with {@code answers} answers; whether the sample sufficed. */
        boolean sufficient(int households, int answers) {
            Survey survey = open(households);
            answered(survey, answers, 5);
            survey.close(STANDARD, Optional.of(ANJU), "chunhua-officer", NOW);
            return survey.closure().orElseThrow().sufficientSample();
        }

        @ParameterizedTest(name = "{0} households, {1} answers → sufficient {2}")
        @CsvSource({
                "100, 29, false", "100, 30, true",  // 30% of 100 is above the floor of 20
                "101, 30, false", "101, 31, true",  // 30.3 rounds up: a part of a household is a whole one more
                "40, 19, false", "40, 20, true",    // 30% of 40 is 12, below the floor of 20
                "10, 9, false", "10, 10, true",     // the floor is more than the estate: every household
                "1, 0, false", "1, 1, true"})
        @DisplayName("R-ASM-4: the sample suffices from the scheme's share of households and its floor of answers, never more than all")
        void sampleEdges(int households, int answers, boolean sufficient) {
            assertThat(sufficient(households, answers)).isEqualTo(sufficient);
        }

        @Test
        @DisplayName("R-ASM-4: a survey nobody answered is an insufficient sample even where the scheme asks for none")
        void nobodyAnswered() {
            Survey survey = open(480);
            survey.close(new SampleStandard("district", 1, new SampleRule(BigDecimal.ZERO, 0, InsufficientSample.ZERO)),
                    Optional.empty(), "chunhua-officer", NOW);

            SurveyClosure closure = survey.closure().orElseThrow();
            assertThat(closure.sufficientSample()).isFalse();
            assertThat(closure.satisfiedShare()).isEqualTo(new BigDecimal("0.0000"));
            assertThat(survey.toResult()).isEqualTo(new SurveyResult("s-1", 480, 0, new BigDecimal("0.0000")));
        }

        @Test
        @DisplayName("R-ASM-4: the required answers and the scheme version that judged the sample are kept with the result")
        void keepsTheStandard() {
            Survey survey = open(100);
            answered(survey, 30, 5);
            survey.close(STANDARD, Optional.of(ANJU), "chunhua-officer", NOW);

            SurveyClosure closure = survey.closure().orElseThrow();
            assertThat(closure.requiredAnswers()).isEqualTo(30);
            assertThat(closure.scheme()).isEqualTo("chunhua");
            assertThat(closure.schemeVersion()).isEqualTo(3);
            assertThat(closure.closedBy()).isEqualTo("chunhua-officer");
        }
    }

    @Nested
    class Closing {

        @Test
        @DisplayName("R-ASM-4: closing announces the survey for the estate, with counts and shares only, and the company serving at the period's end")
        void announcesSurveyClosed() {
            Survey survey = open(100);
            answered(survey, 20, 5);
            answered(survey, 10, 2);

            survey.close(STANDARD, Optional.of(new CompanyId("hexie")), "chunhua-officer", NOW);

            assertThat(survey.pendingEvents()).singleElement().satisfies(event -> {
                assertThat(event.topic()).isEqualTo("assessments.v1");
                assertThat(event.type()).isEqualTo("assessments.survey.closed");
                assertThat(event.key()).isEqualTo(ESTATE.value());
                assertThat(event.subject()).isEqualTo("s-1");
            });
            OutboxEvent event = survey.pendingEvents().get(0);
            SurveyClosed closed = EventJson.read(event.payload(), SurveyClosed.class);
            assertThat(closed.companyId()).isEqualTo("hexie");
            assertThat(closed.period()).isEqualTo("2026-Q1");
            assertThat(closed.households()).isEqualTo(100);
            assertThat(closed.answers()).isEqualTo(30);
            assertThat(closed.sufficientSample()).isTrue();
            assertThat(closed.satisfiedShare()).isEqualByComparingTo("0.6667");
            assertThat(closed.services()).hasSize(4).allSatisfy(service -> {
                assertThat(service.answers()).isEqualTo(30);
                assertThat(service.satisfiedShare()).isEqualByComparingTo("0.6667");
            });
            assertThat(closed.closedAt()).isEqualTo(NOW);
            assertThat(event.payload()).doesNotContain(household(survey, "1-1-1").value());
        }

        @Test
        @DisplayName("R-ASM-4: once closed, answers, codes and a second closing are refused and the result stays as it was")
        void closedIsFinal() {
            Survey survey = open(480);
            CodeHash code = issue(survey, "3-2-501", "K7QM-2XWD-9HTC");
            answered(survey, 1, 5);
            survey.close(STANDARD, Optional.of(ANJU), "chunhua-officer", NOW);
            SurveyResult result = survey.toResult();

            assertThatThrownBy(() -> survey.answerWithCode(code, rated(1))).isInstanceOf(StateConflictException.class);
            assertThatThrownBy(() -> survey.answerOnPaper(household(survey, "9-9-9"), rated(1)))
                    .isInstanceOf(StateConflictException.class);
            assertThatThrownBy(() -> issue(survey, "9-9-9", "AAAA-BBBB-CCCC")).isInstanceOf(StateConflictException.class);
            assertThatThrownBy(() -> survey.close(STANDARD, Optional.empty(), "chunhua-officer", NOW))
                    .isInstanceOf(StateConflictException.class);
            assertThat(survey.toResult()).isEqualTo(result);
            assertThat(survey.pendingEvents()).hasSize(1);
        }

        @Test
        @DisplayName("R-ASM-4: an open survey has no result for the scoring yet")
        void openHasNoResult() {
            assertThatThrownBy(() -> open(480).toResult()).isInstanceOf(IllegalStateException.class);
        }
    }
}
