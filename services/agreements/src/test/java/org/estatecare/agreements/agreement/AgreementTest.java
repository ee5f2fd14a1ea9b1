package org.estatecare.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.estatecare.agreements.estates.EstateFacts;
import org.estatecare.agreements.fee.Fee;
import org.estatecare.agreements.fee.FeeBasis;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

/** The agreement's own rules: 1+4+N (R-AGR-1), who it is for (R-MODE-1), versions, its end (R-EXIT-2). */
class AgreementTest {

    static final Instant NOW = LocalDateTime.of(2026, 3, 10, 9, 0).atZone(Agreement.BUSINESS_ZONE).toInstant();
    static final EstateFacts ESTATE = new EstateFacts("e-1", "春华里", "chunhua", "chunhua-1", 480, new BigDecimal("31250.50"),
            true, LocalDate.of(2026, 2, 1), null, "SERVICE_COMPANY", LocalDate.of(2026, 2, 1), "MANAGEMENT_COMMITTEE");
    static final BasicServices FOUR = new BasicServices(new BasicServices.GateDuty(24, 2), new BasicServices.Patrol(4),
            new BasicServices.Cleaning(7, "楼道、道路"), new BasicServices.Parking("停车位"));
    static final Fee FEE = new Fee(FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal("1.2"));

    static Agreement.Proposal proposal(BasicServices services, String start, String end) {
        return new Agreement.Proposal("anju", "安居物业", LocalDate.parse(start), LocalDate.parse(end), services,
                List.of(new ExtraService("代收快递", null, BigDecimal.ZERO, "次")), FEE);
    }

    static Agreement signed(String start, String end) {
        Agreement agreement = Agreement.draft("a-1", ESTATE, true, proposal(FOUR, start, end), null, "officer", NOW);
        agreement.sign(LocalDate.of(2026, 3, 10), ESTATE, true, List.of(), "officer", NOW);
        return agreement;
    }

    @Test
    void aDraftNamesEveryMissingBasicService_R_AGR_1() {
        var none = new BasicServices(null, new BasicServices.Patrol(0), null, new BasicServices.Parking(" "));
        assertThatThrownBy(() -> Agreement.draft("a-1", ESTATE, true, proposal(none, "2026-03-01", "2029-02-28"), null, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::condition)
                        .containsExactly("missing-gateDuty", "patrol-standard", "missing-cleaning", "parking-standard"));
    }

    @Test
    void onlyAnIncludedEstateInTheCompanyModeWithAnActiveCompany_R_MODE_1() {
        var exited = new EstateFacts("e-1", "春华里", "chunhua", "chunhua-1", 480, null, true, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1), "RESIDENT_SELF_GOVERNANCE", LocalDate.of(2026, 3, 1), "RESIDENTS_COMMITTEE");
        assertThatThrownBy(() -> Agreement.draft("a-1", exited, false, proposal(FOUR, "2026-03-01", "2029-02-28"), null, "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::condition)
                        .containsExactly("estate-not-included", "not-company-mode", "company-not-active"));
    }

    @Test
    void signingRecordsTheEventAndStartsNowOrWaitsForTheFirstDay() {
        Agreement now = signed("2026-03-01", "2029-02-28");
        assertThat(now.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(now.signingParty()).isEqualTo("MANAGEMENT_COMMITTEE");
        assertThat(now.pendingEvents()).extracting(OutboxEvent::type).containsExactly("agreements.agreement.signed");
        assertThat(now.pendingEvents().get(0).key()).isEqualTo("e-1");

        Agreement later = signed("2026-04-01", "2029-03-31");
        assertThat(later.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(later.activateIfDue(NOW)).isFalse();
        assertThat(later.activateIfDue(LocalDate.of(2026, 4, 1).atStartOfDay(Agreement.BUSINESS_ZONE).toInstant())).isTrue();
        assertThat(later.status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void aFeeOutsideTheStandardKeepsItADraft_R_AGR_2() {
        Agreement agreement = Agreement.draft("a-1", ESTATE, true, proposal(FOUR, "2026-03-01", "2029-02-28"), null, "o", NOW);
        var outside = new Violation("R-AGR-2", "fee-outside-standard", "outside");
        assertThatThrownBy(() -> agreement.sign(LocalDate.of(2026, 3, 10), ESTATE, true, List.of(outside), "o", NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreement.pendingEvents()).isEmpty();
    }

    @Test
    void amendmentsAddVersionsAndNeverOverwrite() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        var more = new BasicServices(new BasicServices.GateDuty(24, 3), new BasicServices.Patrol(6),
                new BasicServices.Cleaning(7, "楼道、道路"), new BasicServices.Parking("停车位"));
        Fee higher = new Fee(FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal("1.30"));
        agreement.amend(LocalDate.of(2026, 7, 1), more, List.of(), higher, "增加岗位", List.of(), "o", NOW);

        assertThat(agreement.versions()).extracting(Terms::version).containsExactly(1, 2);
        assertThat(agreement.termsOn(LocalDate.of(2026, 6, 30)).fee()).isEqualTo(FEE);
        assertThat(agreement.termsOn(LocalDate.of(2026, 7, 1)).fee()).isEqualTo(higher);
        assertThat(agreement.versions().get(0).basicServices()).isEqualTo(FOUR);
        assertThat(agreement.pendingEvents()).extracting(OutboxEvent::type).endsWith("agreements.agreement.amended");

        assertThatThrownBy(() -> agreement.amend(LocalDate.of(2026, 6, 1), FOUR, List.of(), FEE, "x", List.of(), "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::condition).containsExactly("amendment-before-current"));
        assertThatThrownBy(() -> agreement.amend(LocalDate.of(2029, 3, 1), FOUR, List.of(), FEE, "x", List.of(), "o", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::condition).containsExactly("amendment-outside-term"));
    }

    @Test
    void theEstatesExitEndsItTheDayBefore_R_EXIT_2() {
        Agreement agreement = signed("2026-03-01", "2029-02-28");
        assertThat(agreement.endForExit(LocalDate.of(2026, 9, 1), NOW)).isTrue();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(agreement.lastDayInForce()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(agreement.inForceOn(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(agreement.inForceOn(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(agreement.endForExit(LocalDate.of(2026, 9, 1), NOW)).isFalse();
        assertThat(agreement.pendingEvents()).extracting(OutboxEvent::type).filteredOn(t -> t.endsWith("terminated")).hasSize(1);
        assertThatThrownBy(() -> agreement.amend(LocalDate.of(2026, 7, 1), FOUR, List.of(), FEE, "x", List.of(), "o", NOW))
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
    void anExitShortensAnAgreementAlreadyEndedWithALaterLastDay_R_EXIT_2() {
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
}
