package org.estatecare.registry.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceProvidersTest {

    static final List<ServiceProvider> ALL_FOUR = List.of(
            new ServiceProvider(BasicService.PARKING, ServiceProviderKind.RESIDENTS_COMMITTEE, "新华社区居委会"),
            new ServiceProvider(BasicService.GATE_DUTY, ServiceProviderKind.VOLUNTEERS, "新华楼门志愿队"),
            new ServiceProvider(BasicService.PATROL, ServiceProviderKind.VOLUNTEERS, "新华楼门志愿队"),
            new ServiceProvider(BasicService.CLEANING, ServiceProviderKind.PROFESSIONAL_UNIT, "河东环卫保洁公司"));

    /** Included on 1 February in company mode, governed by the residents' committee from 1 March. */
    static Estate selfGoverned() {
        Estate estate = EstateTest.included();
        estate.changeManagementMode(ManagementMode.RESIDENT_SELF_GOVERNANCE, LocalDate.of(2026, 3, 1), EstateTest.BUREAU, EstateTest.NOW);
        return estate;
    }

    @Test
    @DisplayName("R-SCOPE-1: an estate no company serves has the four basic services provided by someone; until named, the estate shows them unprovided")
    void providersAreNamedForAllFour() {
        Estate estate = selfGoverned();
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(estate.unprovidedServicesOn(day)).containsExactly(BasicService.values());
        assertThat(estate.unprovidedServicesOn(LocalDate.of(2026, 2, 28))).as("in company mode the company provides them").isEmpty();

        estate.nameServiceProviders(ALL_FOUR, EstateTest.BUREAU, EstateTest.NOW);

        assertThat(estate.unprovidedServicesOn(day)).isEmpty();
        assertThat(estate.serviceProviders()).extracting(ServiceProvider::service).containsExactly(BasicService.values());
        assertThat(estate.history().get(estate.history().size() - 1).action()).isEqualTo("service-providers-named");
    }

    @Test
    @DisplayName("R-SCOPE-1: a service left without a provider is refused, naming it; in company mode the company provides them; nothing changes")
    void refusedWhenIncompleteOrACompanyProvides() {
        Estate estate = selfGoverned();
        long revision = estate.revision();
        EstateTest.refusal(() -> estate.nameServiceProviders(ALL_FOUR.subList(0, 2), EstateTest.BUREAU, EstateTest.NOW))
                .extracting(Violation::about).containsExactlyInAnyOrder("PATROL", "CLEANING");
        assertThat(estate.serviceProviders()).isEmpty();
        assertThat(estate.revision()).isEqualTo(revision);

        Estate companyServed = EstateTest.included();
        EstateTest.refusal(() -> companyServed.nameServiceProviders(ALL_FOUR, EstateTest.BUREAU, EstateTest.NOW))
                .extracting(Violation::condition).containsExactly("company-provides");

        Estate filed = EstateTest.filed(EstateTest.ELIGIBLE);
        EstateTest.refusal(() -> filed.nameServiceProviders(ALL_FOUR, EstateTest.BUREAU, EstateTest.NOW))
                .extracting(Violation::condition).containsExactly("not-in-the-scheme");
    }

    @Test
    @DisplayName("R-SCOPE-1: an estate that has exited is not given providers")
    void notAfterExit() {
        Estate estate = selfGoverned();
        estate.exit(ExitReason.DEMOLITION, LocalDate.of(2026, 3, 2), EstateTest.BUREAU, EstateTest.NOW);
        Instant later = Instant.parse("2026-03-05T02:00:00Z");
        assertThatThrownBy(() -> estate.nameServiceProviders(ALL_FOUR, EstateTest.BUREAU, later)).isInstanceOf(StateConflictException.class);
        assertThat(estate.unprovidedServicesOn(LocalDate.of(2026, 3, 5))).isEmpty();
    }
}
