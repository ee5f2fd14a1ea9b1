package org.estatecare.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.estatecare.agreements.company.CompanyStanding;
import org.estatecare.agreements.fee.Fee;
import org.estatecare.agreements.fee.FeeBasis;
import org.estatecare.agreements.fee.FeePolicy;
import org.estatecare.events.codes.SigningParty;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.estates.ManagementCommitteeChanged;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.outbox.OutboxEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The agreement's own rules: 1+4+N, who it is for, versions, its end. */
class AgreementTest {

    static final Instant NOW = LocalDateTime.of(2026, 3, 10, 9, 0).atZone(Agreement.BUSINESS_ZONE).toInstant();
    static final EstateTimeline ESTATE = EstateTimeline.of("e-1")
            .with(new EstateRegistered("e-1", "春华里", "chunhua", "chunhua-1", "春华街1号", 12, 480, new BigDecimal("31250.50")))
            .with(new EstateIncluded("e-1", "chunhua", "chunhua-1", LocalDate.of(2026, 2, 1), "SERVICE_COMPANY"))
            .with(new ManagementCommitteeChanged("e-1", "chunhua", "chunhua-1", "MANAGEMENT_COMMITTEE", 5));
    static final BasicServices FOUR = new BasicServices(new BasicServices.GateDuty(24, 2), new BasicServices.Patrol(4),
            new BasicServices.Cleaning(7, "楼道、道路"), new BasicServices.Parking("停车位"));
    static final Fee FEE = new Fee(FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal("1.2"));
    /** A register where every company is active, and one where none is. */
    static final CompanyStanding ACTIVE_COMPANY = company -> true;
    static final CompanyStanding INACTIVE_COMPANY = company -> false;
    /** Standards every fee fits. */
    static final FeePolicy ANY_FEE = (estate, fee, from, to) -> List.of();

    static Agreement.Proposal proposal(BasicServices services, String start, String end) {
        return new Agreement.Proposal(new CompanyId("anju"), "安居物业", LocalDate.parse(start), LocalDate.parse(end), services,
                List.of(new ExtraService("代收快递", null, BigDecimal.ZERO, "次")), FEE);
    }

    static Agreement signed(String start, String end) {
        Agreement agreement = Agreement.draft(new AgreementId("a-1"), ESTATE, ACTIVE_COMPANY, proposal(FOUR, start, end), null, "officer", NOW);
        agreement.sign(LocalDate.of(2026, 3, 10), ESTATE, ACTIVE_COMPANY, ANY_FEE, "officer", NOW);
        return agreement;
    }

    @Test
    @DisplayName("R-AGR-1: a draft names every basic service that is missing or has no usable standard")
    void aDraftNamesEveryMissingBasicService() {
        var none = new BasicServices(null, new BasicServices.Patrol(0), null, new BasicServices.Parking(" "));
        assertThatThrownBy(() -> Agreement.draft(new AgreementId("a-1"), ESTATE, ACTIVE_COMPANY, proposal(none, "2026-03-01", "2029-02-28"), null, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::condition)
                        .containsExactly("missing-gateDuty", "patrol-standard", "missing-cleaning", "parking-standard"));
    }

    @Test
    @DisplayName("R-AGR-1, R-MODE-1: only an included estate in the company mode takes a draft, and only with an active company")
    void onlyAnIncludedEstateInTheCompanyModeWithAnActiveCompany() {
        // the mode takes effect before the exit (one dated on the exit day or later never does)
        var exited = ESTATE.with(new ManagementModeChanged("e-1", "chunhua", "chunhua-1", "RESIDENT_SELF_GOVERNANCE",
                LocalDate.of(2026, 3, 1))).with(new EstateExited("e-1", "chunhua", "chunhua-1", "DEMOLITION", LocalDate.of(2026, 3, 5)));
        assertThatThrownBy(() -> Agreement.draft(new AgreementId("a-1"), exited, INACTIVE_COMPANY, proposal(FOUR, "2026-03-01", "2029-02-28"), null, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::condition)
                        .containsExactly("estate-not-included", "not-company-mode", "company-not-active"));
    }

    @Test
    void signingRecordsTheEventAndStartsNowOrWaitsForTheFirstDay() {
        Agreement now = signed("2026-03-01", "2029-02-28");
        assertThat(now.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(now.signingParty()).isEqualTo(SigningParty.MANAGEMENT_COMMITTEE);
        assertThat(now.pendingEvents()).extracting(OutboxEvent::type).containsExactly("agreements.agreement.signed");
        assertThat(now.pendingEvents().get(0).key()).isEqualTo("e-1");

        Agreement later = signed("2026-04-01", "2029-03-31");
        assertThat(later.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(later.activateIfDue(NOW)).isFalse();
        assertThat(later.activateIfDue(LocalDate.of(2026, 4, 1).atStartOfDay(Agreement.BUSINESS_ZONE).toInstant())).isTrue();
        assertThat(later.status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    @DisplayName("R-AGR-2: a fee outside the district's standard keeps the agreement a draft, with no event")
    void aFeeOutsideTheStandardKeepsItADraft() {
        Agreement agreement = Agreement.draft(new AgreementId("a-1"), ESTATE, ACTIVE_COMPANY, proposal(FOUR, "2026-03-01", "2029-02-28"), null, "o", NOW);
        var outside = new Violation("R-AGR-2", "fee-outside-standard", "outside");
        assertThatThrownBy(() -> agreement.sign(LocalDate.of(2026, 3, 10), ESTATE, ACTIVE_COMPANY, (estate, fee, from, to) -> List.of(outside), "o", NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreement.pendingEvents()).isEmpty();
    }

    @Test
    @DisplayName("R-AGR-2: signing asks the fee standards about every day of the term, an amendment from its first day to the term's end")
    void theFeeStandardsAreAskedAboutTheDaysTheFeeApplies() {
        List<String> asked = new java.util.ArrayList<>();
        FeePolicy recording = (estate, fee, from, to) -> {
            asked.add(estate + " " + fee.amount() + " " + from + "/" + to);
            return List.of();
        };
        Agreement agreement = Agreement.draft(new AgreementId("a-1"), ESTATE, ACTIVE_COMPANY, proposal(FOUR, "2026-03-01", "2029-02-28"),
                null, "o", NOW);
        agreement.sign(LocalDate.of(2026, 3, 10), ESTATE, ACTIVE_COMPANY, recording, "o", NOW);
        agreement.amend(LocalDate.of(2026, 7, 1), FOUR, List.of(), new Fee(FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal("1.30")),
                "x", recording, "o", NOW);
        assertThat(asked).containsExactly("e-1 1.20 2026-03-01/2029-02-28", "e-1 1.30 2026-07-01/2029-02-28");
    }

    @Test
    @DisplayName("R-AGR-1: an agreement is not signed on a day still to come")
    void anAgreementIsNotSignedAheadOfTheDay() {
        Agreement agreement = Agreement.draft(new AgreementId("a-1"), ESTATE, ACTIVE_COMPANY, proposal(FOUR, "2026-03-01", "2029-02-28"),
                null, "o", NOW);
        assertThatThrownBy(() -> agreement.sign(LocalDate.of(2026, 3, 11), ESTATE, ACTIVE_COMPANY, ANY_FEE, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::condition).containsExactly("signed-in-future"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    @DisplayName("R-AGR-1: signing asks about the agreement's own company; one no longer active keeps it a draft")
    void signingAsksWhetherTheAgreementsCompanyIsStillActive() {
        Agreement agreement = Agreement.draft(new AgreementId("a-1"), ESTATE, ACTIVE_COMPANY,
                proposal(FOUR, "2026-03-01", "2029-02-28"), null, "o", NOW);
        CompanyStanding suspendedSinceDrafting = company -> !company.equals(new CompanyId("anju"));
        assertThatThrownBy(() -> agreement.sign(LocalDate.of(2026, 3, 10), ESTATE, suspendedSinceDrafting, ANY_FEE, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::condition).containsExactly("company-not-active"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreement.pendingEvents()).isEmpty();
    }

    @Test
    void amendmentsAddVersionsAndNeverOverwrite() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        var more = new BasicServices(new BasicServices.GateDuty(24, 3), new BasicServices.Patrol(6),
                new BasicServices.Cleaning(7, "楼道、道路"), new BasicServices.Parking("停车位"));
        Fee higher = new Fee(FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal("1.30"));
        agreement.amend(LocalDate.of(2026, 7, 1), more, List.of(), higher, "增加岗位", ANY_FEE, "o", NOW);

        assertThat(agreement.versions()).extracting(Terms::version).containsExactly(1, 2);
        assertThat(agreement.termsOn(LocalDate.of(2026, 6, 30)).fee()).isEqualTo(FEE);
        assertThat(agreement.termsOn(LocalDate.of(2026, 7, 1)).fee()).isEqualTo(higher);
        assertThat(agreement.versions().get(0).basicServices()).isEqualTo(FOUR);
        assertThat(agreement.pendingEvents()).extracting(OutboxEvent::type).endsWith("agreements.agreement.amended");

        assertThatThrownBy(() -> agreement.amend(LocalDate.of(2026, 6, 1), FOUR, List.of(), FEE, "x", ANY_FEE, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::condition).containsExactly("amendment-before-current"));
        assertThatThrownBy(() -> agreement.amend(LocalDate.of(2029, 3, 1), FOUR, List.of(), FEE, "x", ANY_FEE, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::condition).containsExactly("amendment-outside-term"));
    }

    @Test
    @DisplayName("R-EXIT-2: the estate's exit ends the agreement the day before; it is then closed for amendments")
    void theEstatesExitEndsItTheDayBefore() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        assertThat(agreement.endForExit(LocalDate.of(2026, 9, 1), NOW)).isTrue();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(agreement.lastDayInForce()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(agreement.inForceOn(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(agreement.inForceOn(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(agreement.endForExit(LocalDate.of(2026, 9, 1), NOW)).isFalse();
        assertThat(agreement.pendingEvents()).extracting(OutboxEvent::type).filteredOn(t -> t.endsWith("terminated")).hasSize(1);
        assertThatThrownBy(() -> agreement.amend(LocalDate.of(2026, 7, 1), FOUR, List.of(), FEE, "x", ANY_FEE, "o", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void anAgreementInForceCannotBeErasedOnlyEndedAndASignedOneMayBeCancelled() {
        Agreement active = signed("2026-03-01", "2029-02-28");
        assertThatThrownBy(() -> active.terminate(LocalDate.of(2026, 2, 1), TerminationReason.BY_PARTIES, null, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::condition).containsExactly("termination-before-start"));
        assertThat(active.status()).isEqualTo(AgreementStatus.ACTIVE);

        Agreement waiting = signed("2026-06-01", "2029-05-31");
        waiting.terminate(LocalDate.of(2026, 4, 30), TerminationReason.BY_PARTIES, null, "o", NOW);
        assertThat(waiting.everInForce()).isFalse();
        assertThat(waiting.inForceOn(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    @DisplayName("R-EXIT-2: an exit shortens an agreement already ended with a later last day; one after its end changes nothing")
    void anExitShortensAnAgreementAlreadyEndedWithALaterLastDay() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        agreement.terminate(LocalDate.of(2026, 12, 31), TerminationReason.BY_PARTIES, null, "o", NOW);

        assertThat(agreement.endForExit(LocalDate.of(2026, 12, 1), NOW)).isTrue();
        assertThat(agreement.lastDayInForce()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(agreement.endReason()).contains("ESTATE_EXITED");
        assertThat(agreement.endForExit(LocalDate.of(2027, 6, 1), NOW)).as("an exit after its end changes nothing").isFalse();
    }

    @Test
    void itFollowsItsEstateToAnotherStreet() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        assertThat(agreement.moveTo("chunhua", "chunhua-1", NOW)).isFalse();
        assertThat(agreement.moveTo("dongxin", "dongxin-1", NOW)).isTrue();
        assertThat(agreement.street()).isEqualTo("dongxin");
        assertThat(agreement.community()).isEqualTo("dongxin-1");
    }

    @Test
    void aModeChangeFlagsOnceAndClearsWhenTheModeComesBack() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        assertThat(agreement.followMode("OWNER_SELF_MANAGEMENT", LocalDate.of(2026, 7, 1), NOW)).isTrue();
        assertThat(agreement.followMode("OWNER_SELF_MANAGEMENT", LocalDate.of(2026, 7, 1), NOW)).isFalse();
        assertThat(agreement.flags()).extracting(Agreement.Flag::code).containsExactly("MODE_CHANGED");
        assertThat(agreement.followMode("SERVICE_COMPANY", LocalDate.of(2026, 8, 1), NOW)).isTrue();
        assertThat(agreement.flags()).isEmpty();
    }

    @Test
    void aTermThatEndedExpiresWithItsEvent() {
        Agreement agreement = signed("2026-01-01", "2026-03-31");
        assertThat(agreement.expireIfDue(NOW)).isFalse();
        assertThat(agreement.expireIfDue(LocalDate.of(2026, 4, 1).atStartOfDay(Agreement.BUSINESS_ZONE).toInstant())).isTrue();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(agreement.pendingEvents()).extracting(OutboxEvent::type).endsWith("agreements.agreement.expired");
    }

    @Test
    void itsHistoryNamesEachStepWithTheStatusItMovedFromAndTheDayAChangeTakesEffect() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        agreement.amend(LocalDate.of(2026, 7, 1), FOUR, List.of(), FEE, "增加岗位", ANY_FEE, "o", NOW);
        agreement.terminate(LocalDate.of(2026, 12, 31), TerminationReason.COMPANY_WITHDRAWAL, null, "o", NOW);

        List<HistoryEntry<AgreementStatus>> history = agreement.history();
        assertThat(history).extracting(HistoryEntry::action).containsExactly("drafted", "signed", "amended", "terminated");
        assertThat(history.get(0).fromStatus()).isNull();
        assertThat(history.get(0).toStatus()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(history.get(1).fromStatus()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(history.get(1).toStatus()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(history.get(1).effectiveOn()).as("signed today").isNull();
        assertThat(history.get(2).fromStatus()).as("an amendment moves no status").isNull();
        assertThat(history.get(2).effectiveOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(history.get(3).fromStatus()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(history.get(3).toStatus()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(history).allSatisfy(line -> assertThat(line.recordedAt()).isEqualTo(NOW));
    }

    static Instant on(String day) {
        return LocalDate.parse(day).atTime(9, 0).atZone(Agreement.BUSINESS_ZONE).toInstant();
    }

    @Test
    @DisplayName("R-EXIT-2: an exit dated later is flagged; the agreement runs until the day before and ends on the exit day")
    void aFutureExitIsScheduledAndEndsOnItsDay() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        var exiting = ESTATE.with(new EstateExited("e-1", "chunhua", "chunhua-1", "DEMOLITION", LocalDate.of(2026, 9, 1)));

        assertThat(agreement.followEstate(exiting, LocalDate.of(2026, 3, 10), NOW)).isTrue();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.flags()).extracting(Agreement.Flag::code).containsExactly("EXIT_SCHEDULED");
        assertThat(agreement.followEstate(exiting, LocalDate.of(2026, 3, 10), NOW)).as("repeated: nothing").isFalse();
        assertThat(agreement.followEstate(exiting, LocalDate.of(2026, 8, 31), on("2026-08-31"))).isFalse();
        assertThat(agreement.pendingEvents()).extracting(OutboxEvent::type).doesNotContain("agreements.agreement.terminated");

        assertThat(agreement.followEstate(exiting, LocalDate.of(2026, 9, 1), on("2026-09-01"))).isTrue();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(agreement.lastDayInForce()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(agreement.flags()).isEmpty();
        assertThat(agreement.followEstate(exiting, LocalDate.of(2026, 9, 2), on("2026-09-02"))).isFalse();
        assertThat(agreement.pendingEvents()).extracting(OutboxEvent::type).filteredOn(t -> t.endsWith("terminated")).hasSize(1);
    }

    @Test
    @DisplayName("R-EXIT-2: an exit the day after the term's end changes nothing; the term expires")
    void anExitAfterTheTermChangesNothing() {
        Agreement agreement = signed("2026-03-01", "2027-02-28");
        var exiting = ESTATE.with(new EstateExited("e-1", "chunhua", "chunhua-1", "DEMOLITION", LocalDate.of(2027, 3, 1)));
        assertThat(agreement.followEstate(exiting, LocalDate.of(2026, 3, 10), NOW)).isFalse();
        assertThat(agreement.followEstate(exiting, LocalDate.of(2027, 3, 1), on("2027-03-01"))).isFalse();
        assertThat(agreement.expireIfDue(on("2027-03-01"))).isTrue();
    }

    @Test
    @DisplayName("R-MODE-1: a mode away from the service company dated later flags the agreement only from its day")
    void aFutureModeChangeFlagsOnItsDay() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        var leaving = ESTATE.with(new ManagementModeChanged("e-1", "chunhua", "chunhua-1", "OWNER_SELF_MANAGEMENT",
                LocalDate.of(2027, 3, 1)));
        assertThat(agreement.followEstate(leaving, LocalDate.of(2027, 2, 28), NOW)).isFalse();
        assertThat(agreement.followEstate(leaving, LocalDate.of(2027, 3, 1), on("2027-03-01"))).isTrue();
        assertThat(agreement.flags()).extracting(Agreement.Flag::since).containsExactly(LocalDate.of(2027, 3, 1));
    }

    @Test
    @DisplayName("R-EXIT-2, R-MODE-1: a term is drafted and signed only over days the estate takes agreements")
    void theEstatesStateOverTheWholeTermDecides() {
        var exiting = ESTATE.with(new EstateExited("e-1", "chunhua", "chunhua-1", "DEMOLITION", LocalDate.of(2026, 9, 1)));
        assertThatThrownBy(() -> Agreement.draft(new AgreementId("a-1"), exiting, ACTIVE_COMPANY, proposal(FOUR, "2026-04-01", "2027-03-31"), null, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition, Violation::about).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("exit-within-term", "2026-09-01")));
        assertThat(Agreement.draft(new AgreementId("a-1"), exiting, ACTIVE_COMPANY, proposal(FOUR, "2026-04-01", "2026-08-31"), null, "o", NOW).status())
                .isEqualTo(AgreementStatus.DRAFT);

        var leaving = ESTATE.with(new ManagementModeChanged("e-1", "chunhua", "chunhua-1", "RESIDENT_SELF_GOVERNANCE",
                LocalDate.of(2027, 1, 1)));
        Agreement draft = Agreement.draft(new AgreementId("a-2"), ESTATE, ACTIVE_COMPANY, proposal(FOUR, "2027-02-01", "2028-01-31"), null, "o", NOW);
        assertThatThrownBy(() -> draft.sign(LocalDate.of(2026, 3, 10), leaving, ACTIVE_COMPANY, ANY_FEE, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition).containsExactly("not-company-mode"));
        assertThatThrownBy(() -> Agreement.draft(new AgreementId("a-3"), leaving, ACTIVE_COMPANY, proposal(FOUR, "2026-04-01", "2027-03-31"), null, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition).containsExactly("mode-change-within-term"));
    }

    @Test
    @DisplayName("R-EXIT-2: a draft revised to run past a decided exit is refused as a new draft would be")
    void aRevisedDraftIsJudgedOverItsNewTerm() {
        var exiting = ESTATE.with(new EstateExited("e-1", "chunhua", "chunhua-1", "DEMOLITION", LocalDate.of(2026, 9, 1)));
        Agreement draft = Agreement.draft(new AgreementId("a-1"), exiting, ACTIVE_COMPANY, proposal(FOUR, "2026-04-01", "2026-08-31"), null, "o", NOW);
        assertThatThrownBy(() -> draft.revise(exiting, proposal(FOUR, "2026-04-01", "2027-03-31"), "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition, Violation::about)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("exit-within-term", "2026-09-01")));
        assertThat(draft.termEnd()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    @DisplayName("R-AGR-1: a five-year term from 29 February 2028 runs to 28 February 2033; one from 1 March 2027 to 29 February 2032")
    void aFiveYearTermFromALeapDayKeepsItsLastDay() {
        assertThat(Agreement.termViolations(LocalDate.of(2028, 2, 29), LocalDate.of(2033, 2, 28))).isEmpty();
        assertThat(Agreement.termViolations(LocalDate.of(2028, 2, 29), LocalDate.of(2033, 3, 1)))
                .extracting(Violation::condition, Violation::about)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("term-too-long", "2033-02-28"));
        assertThat(Agreement.termViolations(LocalDate.of(2027, 3, 1), LocalDate.of(2032, 2, 29))).isEmpty();
        assertThat(Agreement.termViolations(LocalDate.of(2027, 3, 1), LocalDate.of(2032, 3, 1)))
                .extracting(Violation::about).containsExactly("2032-02-29");
        assertThat(Agreement.termViolations(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29))).as("one day").isEmpty();
    }

    @Test
    @DisplayName("R-EXIT-2: an exit on the first day of a term signed ahead ends it before it began: never in force")
    void anExitOnTheTermsFirstDayMeansItWasNeverInForce() {
        Agreement agreement = signed("2026-07-01", "2029-06-30");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
        var exiting = ESTATE.with(new EstateExited("e-1", "chunhua", "chunhua-1", "DEMOLITION", LocalDate.of(2026, 7, 1)));

        assertThat(agreement.followEstate(exiting, LocalDate.of(2026, 3, 10), NOW)).isTrue();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(agreement.flags()).extracting(Agreement.Flag::since).containsExactly(LocalDate.of(2026, 7, 1));

        assertThat(agreement.followEstate(exiting, LocalDate.of(2026, 7, 1), on("2026-07-01"))).isTrue();
        assertThat(agreement.activateIfDue(on("2026-07-01"))).as("ended first: it does not start").isFalse();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(agreement.lastDayInForce()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(agreement.everInForce()).isFalse();
        assertThat(agreement.inForceOn(LocalDate.of(2026, 7, 1))).isFalse();
    }

    @Test
    @DisplayName("R-EXIT-2: an exit from 1 January 2027 decided today keeps the agreement in force through 31 December 2026")
    void anExitAtTheYearEndEndsTheAgreementWithTheOldYear() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        var exiting = ESTATE.with(new EstateExited("e-1", "chunhua", "chunhua-1", "OWNER_SELF_MANAGEMENT", LocalDate.of(2027, 1, 1)));
        assertThat(agreement.followEstate(exiting, LocalDate.of(2026, 3, 10), NOW)).isTrue();
        assertThat(agreement.followEstate(exiting, LocalDate.of(2026, 12, 31), on("2026-12-31"))).isFalse();
        assertThat(agreement.inForceOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(agreement.followEstate(exiting, LocalDate.of(2027, 1, 1), on("2027-01-01"))).isTrue();
        assertThat(agreement.lastDayInForce()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(agreement.inForceOn(LocalDate.of(2027, 1, 1))).isFalse();

        // a term ending with the old year is not touched by it, and cannot be drafted past it
        Agreement ending = signed("2026-03-01", "2026-12-31");
        assertThat(ending.followEstate(exiting, LocalDate.of(2026, 3, 10), NOW)).isFalse();
        assertThat(ending.flags()).isEmpty();
        assertThatThrownBy(() -> Agreement.draft(new AgreementId("a-2"), exiting, ACTIVE_COMPANY, proposal(FOUR, "2026-04-01", "2027-01-01"), null, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition, Violation::about)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("exit-within-term", "2027-01-01")));
    }

    @Test
    @DisplayName("R-AGR-1: a term runs at most five years; a 100-year term is refused")
    void aTermRunsAtMostFiveYears() {
        assertThat(Agreement.draft(new AgreementId("a-1"), ESTATE, ACTIVE_COMPANY, proposal(FOUR, "2026-03-01", "2031-02-28"), null, "o", NOW).termEnd())
                .isEqualTo(LocalDate.of(2031, 2, 28));
        for (String end : List.of("2031-03-01", "2126-02-28")) {
            assertThatThrownBy(() -> Agreement.draft(new AgreementId("a-1"), ESTATE, ACTIVE_COMPANY, proposal(FOUR, "2026-03-01", end), null, "o", NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::condition).containsExactly("term-too-long"));
        }
    }
}
