package org.estatecare.assessments.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.estatecare.assessments.scoring.Finding;
import org.estatecare.assessments.scoring.FindingKind;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.assessments.scoring.InspectionResult;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InspectionTest {

    /** Thursday 12 March 2026, 10:00 in Beijing. */
    static final Instant NOW = Instant.parse("2026-03-12T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    static final EstateId ESTATE = new EstateId("e-1");
    static final LocalDate INCLUDED = LocalDate.of(2026, 2, 1);
    static final LocalDate HANDOVER = LocalDate.of(2026, 3, 10);

    /** Included on 1 February 2026; served by anju until 9 March, by hexie from 10 March. */
    static final KnownEstates ESTATES = new KnownEstates().included(ESTATE, "chunhua", "chunhua-xinhua", INCLUDED)
            .servedBy(ESTATE, "anju", INCLUDED, HANDOVER.minusDays(1))
            .servedBy(ESTATE, "hexie", HANDOVER, LocalDate.of(2028, 12, 31));

    static CheckItem passed(String item) {
        return new CheckItem(item, true, null);
    }

    static CheckItem failed(String item) {
        return new CheckItem(item, false, "未达标");
    }

    /** Cleaning 2 of 3 passed, gate duty 1 of 1; two findings. */
    static InspectionReport report(LocalDate on) {
        return new InspectionReport(on, List.of(
                new Checklist(BasicService.CLEANING, List.of(passed("楼道清扫"), passed("垃圾桶清运"), failed("绿地保洁"))),
                new Checklist(BasicService.GATE_DUTY, List.of(passed("门岗在岗")))),
                List.of(FindingReport.of(FindingKind.LITTER, "3号楼北侧绿地", BasicService.CLEANING, List.of("photo-1"), null),
                        FindingReport.of(FindingKind.BLOCKED_FIRE_LANE, "北门消防通道", null, List.of(), "私家车占用")));
    }

    static Inspection recorded(InspectionLevel level, LocalDate on) {
        return Inspection.record(new InspectionId("i-1"), ESTATE, level, "rc-xinhua", report(on), ESTATES, TODAY, NOW);
    }

    /** The violations a refused command names; fails unless it throws {@link RuleViolationException}. */
    static ListAssert<Violation> refusal(ThrowingCallable command) {
        Throwable thrown = catchThrowable(command);
        assertThat(thrown).isInstanceOf(RuleViolationException.class);
        return assertThat(((RuleViolationException) thrown).violations());
    }

    @Nested
    class Recording {

        @Test
        @DisplayName("R-ASM-2: the committee's daily check keeps the estate's street, community and the company serving that day")
        void keepsWhereTheEstateLayAndWhoServedIt() {
            Inspection before = recorded(InspectionLevel.COMMITTEE_DAILY, HANDOVER.minusDays(1));
            Inspection after = recorded(InspectionLevel.COMMITTEE_DAILY, HANDOVER);

            assertThat(before.street()).isEqualTo("chunhua");
            assertThat(before.community()).isEqualTo("chunhua-xinhua");
            assertThat(before.companyId()).contains(new CompanyId("anju"));
            assertThat(after.companyId()).contains(new CompanyId("hexie"));
            assertThat(after.inspector()).isEqualTo("rc-xinhua");
            assertThat(after.status()).isEqualTo(InspectionStatus.RECORDED);
            assertThat(after.revision()).isEqualTo(1);
        }

        @Test
        void noCompanyServingThatDayLeavesTheCompanyEmpty() {
            KnownEstates selfGoverned = new KnownEstates().included(ESTATE, "chunhua", "chunhua-xinhua", INCLUDED);

            Inspection inspection = Inspection.record(new InspectionId("i-2"), ESTATE, InspectionLevel.STREET_MONTHLY, "so-chunhua",
                    report(TODAY), selfGoverned, TODAY, NOW);

            assertThat(inspection.companyId()).isEmpty();
        }

        @Test
        @DisplayName("R-ASM-3: each basic service scores passed ÷ checked × 100, to 2 decimals, for the scoring to read")
        void eachServiceScoresTheShareOfItemsPassed() {
            InspectionReport report = new InspectionReport(TODAY, List.of(
                    new Checklist(BasicService.PATROL, List.of(passed("a"), failed("b"), failed("c"))),
                    new Checklist(BasicService.CLEANING, List.of(passed("a"), passed("b"), failed("c"))),
                    new Checklist(BasicService.PARKING, List.of(failed("a"), failed("b"))),
                    new Checklist(BasicService.GATE_DUTY, List.of())), List.of());

            Inspection inspection = Inspection.record(new InspectionId("i-3"), ESTATE, InspectionLevel.DISTRICT_SPOT, "admin",
                    report, ESTATES, TODAY, NOW);
            InspectionResult result = inspection.toResult();

            assertThat(result.inspectionId()).isEqualTo("i-3");
            assertThat(result.level()).isEqualTo(InspectionLevel.DISTRICT_SPOT);
            assertThat(result.on()).isEqualTo(TODAY);
            assertThat(result.scores()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    BasicService.PATROL, new BigDecimal("33.33"),
                    BasicService.CLEANING, new BigDecimal("66.67"),
                    BasicService.PARKING, new BigDecimal("0.00")));
            // a service listed without a single item was not looked at: no score, not a zero
            assertThat(inspection.checklists()).extracting(Checklist::service)
                    .containsExactly(BasicService.PATROL, BasicService.CLEANING, BasicService.PARKING);
        }

        @Test
        void everyItemPassedScoresAHundred() {
            InspectionReport report = new InspectionReport(TODAY, List.of(new Checklist(BasicService.GATE_DUTY,
                    Collections.nCopies(7, passed("门岗在岗")))), List.of());

            assertThat(Inspection.record(new InspectionId("i-4"), ESTATE, InspectionLevel.MUNICIPAL_SPOT, "city", report, ESTATES,
                    TODAY, NOW).scores()).containsEntry(BasicService.GATE_DUTY, new BigDecimal("100.00"));
        }

        @Test
        @DisplayName("R-ASM-3: the findings are the scoring's, each named by a stable id for rectification to cite")
        void findingsForTheScoringWithIds() {
            Inspection inspection = recorded(InspectionLevel.STREET_MONTHLY, TODAY);

            assertThat(inspection.findings()).containsExactly(new Finding("i-1", FindingKind.LITTER, "3号楼北侧绿地"),
                    new Finding("i-1", FindingKind.BLOCKED_FIRE_LANE, "北门消防通道"));
            assertThat(inspection.recordedFindings()).extracting(inspection::findingId)
                    .containsExactly(FindingId.of("i-1-F1"), FindingId.of("i-1-F2"));
            assertThat(inspection.recordedFindings().get(0).photos()).containsExactly("photo-1");
            assertThat(inspection.recordedFindings().get(1).service()).isNull();
        }

        @Test
        void theHistorySaysWhenAnInspectionWasRecordedAfterTheDayItWasMade() {
            HistoryEntry<InspectionStatus> late = recorded(InspectionLevel.COMMITTEE_DAILY, TODAY.minusDays(2)).history().get(0);
            HistoryEntry<InspectionStatus> sameDay = recorded(InspectionLevel.COMMITTEE_DAILY, TODAY).history().get(0);

            assertThat(late.action()).isEqualTo("recorded");
            assertThat(late.effectiveOn()).isEqualTo(TODAY.minusDays(2));
            assertThat(late.actor()).isEqualTo("rc-xinhua");
            assertThat(late.toStatus()).isEqualTo(InspectionStatus.RECORDED);
            assertThat(sameDay.effectiveOn()).isNull();
        }
    }

    @Nested
    class Refusals {

        @Test
        @DisplayName("R-ELIG-2, R-ASM-3: an estate outside the scheme that day is not spot-checked here, before its inclusion or from its exit")
        void outsideTheSchemeThatDay() {
            KnownEstates exited = new KnownEstates().included(ESTATE, "chunhua", "chunhua-xinhua", INCLUDED)
                    .exited(ESTATE, LocalDate.of(2026, 3, 1));

            refusal(() -> recorded(InspectionLevel.DISTRICT_SPOT, INCLUDED.minusDays(1)))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-ELIG-2", "not-in-scheme", "2026-01-31"));
            refusal(() -> Inspection.record(new InspectionId("i-5"), ESTATE, InspectionLevel.DISTRICT_SPOT, "admin",
                    report(LocalDate.of(2026, 3, 1)), exited, TODAY, NOW))
                    .extracting(Violation::condition).containsExactly("not-in-scheme");
            assertThat(Inspection.record(new InspectionId("i-6"), ESTATE, InspectionLevel.DISTRICT_SPOT, "admin",
                    report(LocalDate.of(2026, 2, 28)), exited, TODAY, NOW).inspectedOn()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(recorded(InspectionLevel.DISTRICT_SPOT, INCLUDED).inspectedOn()).isEqualTo(INCLUDED);
        }

        @Test
        void anEstateTheRegistryHasNotAnnouncedIsRefusedNotHidden() {
            refusal(() -> Inspection.record(new InspectionId("i-7"), new EstateId("e-unknown"), InspectionLevel.DISTRICT_SPOT,
                    "admin", report(TODAY), ESTATES, TODAY, NOW))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-PRIN-1", "unknown-estate", "e-unknown"));
        }

        @Test
        @DisplayName("R-ASM-2: a committee's check is dated today at the latest and not before 2020")
        void theCommitteesDayLiesBetween2020AndToday() {
            KnownEstates since2019 = new KnownEstates().included(ESTATE, "chunhua", "chunhua-xinhua", LocalDate.of(2019, 6, 1));

            refusal(() -> recorded(InspectionLevel.COMMITTEE_DAILY, TODAY.plusDays(1)))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-ASM-2", "inspected-after-today", "2026-03-13"));
            refusal(() -> Inspection.record(new InspectionId("i-8"), ESTATE, InspectionLevel.COMMITTEE_DAILY, "rc", report(
                    LocalDate.of(2019, 12, 31)), since2019, TODAY, NOW))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-ASM-2", "inspected-before-2020", "2019-12-31"));
            assertThat(Inspection.record(new InspectionId("i-9"), ESTATE, InspectionLevel.COMMITTEE_DAILY, "rc",
                    report(Inspection.FIRST_DAY), since2019, TODAY, NOW).inspectedOn()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(recorded(InspectionLevel.COMMITTEE_DAILY, TODAY).inspectedOn()).isEqualTo(TODAY);
        }

        @Test
        @DisplayName("R-ASM-3: a spot check that checked nothing is refused, whatever it found")
        void anEmptyInspectionIsRefused() {
            InspectionReport nothing = new InspectionReport(TODAY, List.of(new Checklist(BasicService.PATROL, List.of())),
                    List.of(FindingReport.of(FindingKind.LITTER, "北门", null, List.of(), null)));

            refusal(() -> Inspection.record(new InspectionId("i-10"), ESTATE, InspectionLevel.MUNICIPAL_SPOT, "city", nothing,
                    ESTATES, TODAY, NOW))
                    .extracting(Violation::rule, Violation::condition).containsExactly(tuple("R-ASM-3", "nothing-checked"));
            refusal(() -> Inspection.record(new InspectionId("i-11"), ESTATE, InspectionLevel.STREET_MONTHLY, "so",
                    new InspectionReport(TODAY, List.of(), List.of()), ESTATES, TODAY, NOW))
                    .extracting(Violation::condition).containsExactly("nothing-checked");
        }

        @Test
        void everyFailedConditionIsNamedAtOnce() {
            InspectionReport bad = new InspectionReport(TODAY.plusDays(3), List.of(),
                    List.of(new FindingReport(FindingId.of("i-0-F1"), FindingKind.OTHER, "x", null, List.of(), null)));

            refusal(() -> Inspection.record(new InspectionId("i-12"), new EstateId("e-unknown"), InspectionLevel.COMMITTEE_DAILY,
                    "rc", bad, ESTATES, TODAY, NOW))
                    .extracting(Violation::condition)
                    .containsExactly("inspected-after-today", "nothing-checked", "unknown-finding", "unknown-estate");
        }

        @Test
        void aFindingHasAtMostTenPhotosAndAServiceOneChecklist() {
            assertThatThrownBy(() -> FindingReport.of(FindingKind.LITTER, "北门", null, Collections.nCopies(11, "p"), null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(FindingReport.of(FindingKind.LITTER, "北门", null, Collections.nCopies(10, "p"), null).photos()).hasSize(10);
            assertThatThrownBy(() -> new InspectionReport(TODAY, List.of(new Checklist(BasicService.PATROL, List.of(passed("a"))),
                    new Checklist(BasicService.PATROL, List.of(failed("b")))), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PATROL");
        }
    }

    @Nested
    class Correction {

        @Test
        @DisplayName("R-ASM-2: a correction restates the report, keeps the ids of the findings it restates and is kept in the history")
        void aCorrectionKeepsFindingIdsAndHistory() {
            Inspection inspection = recorded(InspectionLevel.COMMITTEE_DAILY, TODAY.minusDays(1));
            FindingId fireLane = inspection.findingId(inspection.recordedFindings().get(1));
            InspectionReport restated = new InspectionReport(TODAY.minusDays(1),
                    List.of(new Checklist(BasicService.CLEANING, List.of(passed("楼道清扫"), passed("绿地保洁")))),
                    List.of(new FindingReport(fireLane, FindingKind.BLOCKED_FIRE_LANE, "北门消防通道", null, List.of("photo-9"), "已拍照"),
                            FindingReport.of(FindingKind.STACKED_ITEMS, "2号楼1单元", BasicService.CLEANING, List.of(), null)));

            inspection.correct(restated, "绿地已于当日清理，误记", "rc-xinhua-2", ESTATES, TODAY, NOW.plusSeconds(60));

            assertThat(inspection.recordedFindings()).extracting(inspection::findingId, InspectionFinding::kind)
                    .containsExactly(tuple(FindingId.of("i-1-F2"), FindingKind.BLOCKED_FIRE_LANE),
                            tuple(FindingId.of("i-1-F3"), FindingKind.STACKED_ITEMS));
            assertThat(inspection.scores()).containsExactly(Map.entry(BasicService.CLEANING, new BigDecimal("100.00")));
            assertThat(inspection.status()).isEqualTo(InspectionStatus.CORRECTED);
            assertThat(inspection.revision()).isEqualTo(2);
            assertThat(inspection.inspector()).isEqualTo("rc-xinhua"); // who inspected stays; who corrected is in the history
            assertThat(inspection.history()).extracting(HistoryEntry::action, HistoryEntry::actor, HistoryEntry::fromStatus,
                    HistoryEntry::toStatus).containsExactly(
                    tuple("recorded", "rc-xinhua", null, InspectionStatus.RECORDED),
                    tuple("corrected", "rc-xinhua-2", InspectionStatus.RECORDED, InspectionStatus.CORRECTED));
            assertThat(inspection.history().get(1).note()).startsWith("绿地已于当日清理，误记");
        }

        @Test
        void aNumberOnceIssuedIsNeverReused() {
            Inspection inspection = recorded(InspectionLevel.COMMITTEE_DAILY, TODAY);
            inspection.correct(new InspectionReport(TODAY, report(TODAY).checklists(), List.of()), "两处问题已核实不存在", "rc",
                    ESTATES, TODAY, NOW);

            inspection.correct(report(TODAY), "补记", "rc", ESTATES, TODAY, NOW);

            assertThat(inspection.recordedFindings()).extracting(inspection::findingId)
                    .containsExactly(FindingId.of("i-1-F3"), FindingId.of("i-1-F4"));
        }

        @Test
        void aCorrectedDayFixesTheCompanyServingThatDay() {
            Inspection inspection = recorded(InspectionLevel.STREET_MONTHLY, HANDOVER);

            inspection.correct(report(HANDOVER.minusDays(5)), "日期误记", "so-chunhua", ESTATES, TODAY, NOW);

            assertThat(inspection.inspectedOn()).isEqualTo(HANDOVER.minusDays(5));
            assertThat(inspection.companyId()).contains(new CompanyId("anju"));
            assertThat(inspection.toResult().on()).isEqualTo(HANDOVER.minusDays(5));
        }

        @Test
        void aRefusedCorrectionChangesNothing() {
            Inspection inspection = recorded(InspectionLevel.STREET_MONTHLY, TODAY);

            refusal(() -> inspection.correct(report(INCLUDED.minusDays(1)), "r", "so", ESTATES, TODAY, NOW))
                    .extracting(Violation::rule, Violation::condition).containsExactly(tuple("R-ELIG-2", "not-in-scheme"));

            assertThat(inspection.revision()).isEqualTo(1);
            assertThat(inspection.inspectedOn()).isEqualTo(TODAY);
            assertThat(inspection.recordedFindings()).hasSize(2);
            assertThat(inspection.history()).hasSize(1);
            assertThat(inspection.status()).isEqualTo(InspectionStatus.RECORDED);
        }

        @Test
        void aCorrectionRestatesOnlyTheInspectionsOwnFindingsEachOnce() {
            Inspection inspection = recorded(InspectionLevel.DISTRICT_SPOT, TODAY);
            FindingId own = FindingId.of("i-1-F1");
            InspectionReport foreign = new InspectionReport(TODAY, report(TODAY).checklists(),
                    List.of(new FindingReport(FindingId.of("i-2-F1"), FindingKind.LITTER, "x", null, List.of(), null),
                            new FindingReport(FindingId.of("i-1-F9"), FindingKind.LITTER, "x", null, List.of(), null)));
            InspectionReport twice = new InspectionReport(TODAY, report(TODAY).checklists(),
                    List.of(new FindingReport(own, FindingKind.LITTER, "x", null, List.of(), null),
                            new FindingReport(own, FindingKind.LITTER, "y", null, List.of(), null)));

            refusal(() -> inspection.correct(foreign, "r", "admin", ESTATES, TODAY, NOW))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-ASM-3", "unknown-finding", "i-2-F1"), tuple("R-ASM-3", "unknown-finding", "i-1-F9"));
            refusal(() -> inspection.correct(twice, "r", "admin", ESTATES, TODAY, NOW))
                    .extracting(Violation::condition).containsExactly("finding-twice");
        }
    }
}
