package org.estatecare.registry.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.estatecare.registry.estate.EstateTest.BUREAU;
import static org.estatecare.registry.estate.EstateTest.NOW;
import static org.estatecare.registry.estate.EstateTest.ELIGIBLE;
import static org.estatecare.registry.estate.EstateTest.filed;
import static org.estatecare.registry.estate.EstateTest.included;
import static org.estatecare.registry.estate.EstateTest.lastEvent;
import static org.estatecare.registry.estate.EstateTest.refusal;

import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.EventJson;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExitApplicationTest {

    static final Decision STREET = new Decision("chunhua-officer", List.of("拆迁决定书 东政拆〔2026〕5号"), "征收范围内");
    static final Decision DISTRICT = new Decision("admin", List.of("东政复〔2026〕9号"), null);
    static final LocalDate PROPOSED = LocalDate.of(2026, 6, 30);

    static ExitApplication applied(Estate estate) {
        return estate.applyToExit("a-1", ExitApplicant.STREET_OFFICE, null, ExitReason.DEMOLITION, PROPOSED, STREET, NOW);
    }

    @Test
    @DisplayName("R-EXIT-1: an application waits for the district and changes nothing about the estate's status")
    void applicationWaitsForTheDistrict() {
        Estate estate = included();
        int events = estate.pendingEvents().size();

        ExitApplication application = applied(estate);

        assertThat(application.status()).isEqualTo(ExitApplicationStatus.PENDING);
        assertThat(application.documents()).containsExactly("拆迁决定书 东政拆〔2026〕5号");
        assertThat(application.history()).extracting(ExitApplication.Step::action, ExitApplication.Step::actor)
                .containsExactly(tuple("filed", "chunhua-officer"));
        assertThat(estate.status()).isEqualTo(EstateStatus.INCLUDED);
        assertThat(estate.exitRecord()).isEmpty();
        assertThat(estate.pendingExitApplication()).contains(application);
        assertThat(estate.pendingEvents()).hasSize(events);
    }

    @Test
    @DisplayName("R-EXIT-1, R-EXIT-2: the district's approval performs the exit for the applied reason from the decided day")
    void approvalExits() {
        Estate estate = included();
        applied(estate);

        ExitApplication approved = estate.approveExitApplication("a-1", LocalDate.of(2026, 7, 31), DISTRICT, NOW);

        assertThat(approved.status()).isEqualTo(ExitApplicationStatus.APPROVED);
        assertThat(approved.decidedEffectiveDate()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(estate.exitRecord()).contains(new ExitRecord(ExitReason.DEMOLITION, LocalDate.of(2026, 7, 31)));
        assertThat(estate.pendingExitApplication()).isEmpty();
        assertThat(lastEvent(estate).type()).isEqualTo(EstateEvents.EXITED.type());
        assertThat(EventJson.read(lastEvent(estate).payload(), EstateExited.class).effectiveDate()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(estate.statusOn(LocalDate.of(2026, 7, 31))).isEqualTo(EstateStatus.EXITED);
    }

    @Test
    @DisplayName("R-EXIT-1: approval without a day takes the proposed one")
    void approvalTakesTheProposedDay() {
        Estate estate = included();
        applied(estate);

        estate.approveExitApplication("a-1", null, DISTRICT, NOW);

        assertThat(estate.exitRecord().orElseThrow().effectiveDate()).isEqualTo(PROPOSED);
    }

    @Test
    @DisplayName("R-EXIT-1: an approval dated before the inclusion is refused and leaves the application pending")
    void approvalCheckedAsAnyExit() {
        Estate estate = included();
        applied(estate);

        refusal(() -> estate.approveExitApplication("a-1", LocalDate.of(2026, 1, 31), DISTRICT, NOW))
                .extracting(Violation::rule, Violation::condition).containsExactly(tuple("R-EXIT-1", "effective-before-inclusion"));
        assertThat(estate.exitApplication("a-1").orElseThrow().status()).isEqualTo(ExitApplicationStatus.PENDING);
        assertThat(estate.exitRecord()).isEmpty();
    }

    @Test
    @DisplayName("R-EXIT-1: a refusal keeps its reasons and the estate in the scheme; a new application may follow")
    void refusalWithReasons() {
        Estate estate = included();
        applied(estate);

        ExitApplication refused = estate.refuseExitApplication("a-1", "拆迁计划未获批准", DISTRICT, NOW);

        assertThat(refused.status()).isEqualTo(ExitApplicationStatus.REFUSED);
        assertThat(refused.refusalReasons()).isEqualTo("拆迁计划未获批准");
        assertThat(refused.history()).extracting(ExitApplication.Step::action).containsExactly("filed", "refused");
        assertThat(estate.exitRecord()).isEmpty();
        estate.applyToExit("a-2", ExitApplicant.STREET_OFFICE, null, ExitReason.MARKET_OPERATION, PROPOSED, STREET, NOW);
        assertThat(estate.exitApplications()).extracting(ExitApplication::id, ExitApplication::status)
                .containsExactly(tuple(ExitApplicationId.of("a-1"), ExitApplicationStatus.REFUSED),
                        tuple(ExitApplicationId.of("a-2"), ExitApplicationStatus.PENDING));
    }

    @Test
    @DisplayName("R-EXIT-1: a withdrawn application can be neither approved nor withdrawn again (409)")
    void withdrawnIsClosed() {
        Estate estate = included();
        applied(estate);

        estate.withdrawExitApplication("a-1", STREET, NOW);

        assertThatThrownBy(() -> estate.approveExitApplication("a-1", null, DISTRICT, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> estate.withdrawExitApplication("a-1", STREET, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> estate.refuseExitApplication("missing", "r", DISTRICT, NOW)).isInstanceOf(NotFoundException.class);
        assertThat(estate.exitRecord()).isEmpty();
    }

    @Test
    @DisplayName("R-EXIT-1: one pending application per estate, and while it waits the district decides it, not a direct exit")
    void onePendingApplication() {
        Estate estate = included();
        applied(estate);

        assertThatThrownBy(() -> estate.applyToExit("a-2", ExitApplicant.STREET_OFFICE, null, ExitReason.DEMOLITION, PROPOSED,
                STREET, NOW)).isInstanceOf(StateConflictException.class).hasMessageContaining(Estate.EXIT_APPLICATION_PENDING);
        assertThatThrownBy(() -> estate.exit(ExitReason.DEMOLITION, PROPOSED, DISTRICT, NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    @DisplayName("R-EXIT-1: only an included estate applies; one whose exit is decided cannot (409)")
    void onlyAnIncludedEstateApplies() {
        assertThatThrownBy(() -> applied(filed(ELIGIBLE))).isInstanceOf(StateConflictException.class);
        Estate exiting = included();
        exiting.exit(ExitReason.DEMOLITION, PROPOSED, DISTRICT, NOW);
        assertThatThrownBy(() -> applied(exiting)).isInstanceOf(StateConflictException.class);
    }

    @Test
    @DisplayName("R-EXIT-1: the evidence is required, an owner's application names the owner, self-management is the owner's to ask")
    void applicationConditions() {
        Estate estate = included();
        long revision = estate.revision();

        refusal(() -> estate.applyToExit("a-1", ExitApplicant.STREET_OFFICE, null, ExitReason.OWNER_SELF_MANAGEMENT, PROPOSED,
                new Decision("chunhua-officer", List.of(), null), NOW))
                .extracting(Violation::condition, Violation::about)
                .containsExactly(tuple("evidence-missing", "documents"), tuple("self-management-asked-by-owner", "applicant"));
        refusal(() -> estate.applyToExit("a-1", ExitApplicant.PROPERTY_OWNER, " ", ExitReason.OWNER_SELF_MANAGEMENT, PROPOSED,
                STREET, NOW)).extracting(Violation::condition).containsExactly("owner-not-named");
        refusal(() -> estate.applyToExit("a-1", ExitApplicant.STREET_OFFICE, "河东区房管局", ExitReason.DEMOLITION, PROPOSED,
                STREET, NOW)).extracting(Violation::condition).containsExactly("owner-without-owner-applicant");
        assertThat(estate.revision()).isEqualTo(revision);
        assertThat(estate.exitApplications()).isEmpty();

        ExitApplication owners = estate.applyToExit("a-1", ExitApplicant.PROPERTY_OWNER, "河东区房管局",
                ExitReason.OWNER_SELF_MANAGEMENT, PROPOSED, STREET, NOW);
        assertThat(owners.owner()).isEqualTo("河东区房管局");
    }

    @Test
    @DisplayName("R-EXIT-1: the proposed day lies between the inclusion and a year ahead, both ends included")
    void proposedDayBounds() {
        refusal(() -> included().applyToExit("a", ExitApplicant.STREET_OFFICE, null, ExitReason.DEMOLITION,
                LocalDate.of(2026, 1, 31), STREET, NOW)).extracting(Violation::condition).containsExactly("effective-before-inclusion");
        refusal(() -> included().applyToExit("a", ExitApplicant.STREET_OFFICE, null, ExitReason.DEMOLITION,
                LocalDate.of(2027, 3, 3), STREET, NOW)).extracting(Violation::condition).containsExactly("too-far-ahead");
        assertThat(included().applyToExit("a", ExitApplicant.STREET_OFFICE, null, ExitReason.DEMOLITION,
                LocalDate.of(2026, 2, 1), STREET, NOW).proposedEffectiveDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(included().applyToExit("a", ExitApplicant.STREET_OFFICE, null, ExitReason.DEMOLITION,
                LocalDate.of(2027, 3, 2), STREET, NOW).proposedEffectiveDate()).isEqualTo(LocalDate.of(2027, 3, 2));
    }
}
