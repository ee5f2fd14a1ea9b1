package org.estatecare.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.estatecare.events.codes.AgreedDuty;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgreedDutiesTest {

    static BasicServices withDuties(List<BasicServices.DutyTerms> duties) {
        var four = AgreementTest.FOUR;
        return new BasicServices(four.gateDuty(), four.patrol(), four.cleaning(), four.parking(), duties);
    }

    @Test
    @DisplayName("R-AGR-5: every agreement carries the company's duties as a checklist — rules per basic service, parking lines, "
            + "long-unused vehicles and ownerless non-motor vehicles as two procedures, the gate's video surveillance, garbage sorting")
    void everyAgreementCarriesTheChecklist() {
        assertThat(AgreementTest.FOUR.duties()).extracting(BasicServices.DutyTerms::duty).containsExactly(AgreedDuty.values());
        assertThat(AgreementTest.FOUR.duties()).extracting(BasicServices.DutyTerms::terms).containsOnlyNulls();
        assertThat(AgreedDuty.LONG_UNUSED_VEHICLES).isNotEqualTo(AgreedDuty.OWNERLESS_NON_MOTOR_VEHICLES);
        assertThat(AgreedDuty.GATE_VIDEO_SURVEILLANCE.service()).isEqualTo(BasicService.GATE_DUTY);
        assertThat(AgreedDuty.GARBAGE_SORTING_HELP.service()).isEqualTo(BasicService.CLEANING);
        for (BasicService service : BasicService.values()) {
            assertThat(java.util.Arrays.stream(AgreedDuty.values()).filter(d -> d.service() == service))
                    .as("rules are kept for " + service).isNotEmpty();
        }

        BasicServices spelt = withDuties(List.of(new BasicServices.DutyTerms(AgreedDuty.GATE_VIDEO_SURVEILLANCE, "监控室24小时有人值守"),
                new BasicServices.DutyTerms(AgreedDuty.PARKING_LINES, "每年重新施划一次")));
        assertThat(spelt.duties()).hasSize(AgreedDuty.values().length);
        assertThat(spelt.duties()).filteredOn(d -> d.duty() == AgreedDuty.GATE_VIDEO_SURVEILLANCE)
                .extracting(BasicServices.DutyTerms::terms).containsExactly("监控室24小时有人值守");
        assertThat(spelt.violations()).isEmpty();

        Agreement agreement = Agreement.draft(new AgreementId("a-1"), AgreementTest.ESTATE, AgreementTest.ACTIVE_COMPANY,
                AgreementTest.proposal(spelt, "2026-03-01", "2029-02-28"), null, "officer", AgreementTest.NOW);
        assertThat(agreement.termsOn(java.time.LocalDate.of(2026, 3, 1)).basicServices().duties())
                .filteredOn(d -> d.duty() == AgreedDuty.PARKING_LINES).extracting(BasicServices.DutyTerms::terms)
                .containsExactly("每年重新施划一次");
    }

    @Test
    @DisplayName("R-AGR-5: a duty spelt out twice is refused, naming where")
    void aDutySpeltOutTwiceIsRefused() {
        BasicServices twice = withDuties(List.of(new BasicServices.DutyTerms(AgreedDuty.PARKING_LINES, "a"),
                new BasicServices.DutyTerms(AgreedDuty.PARKING_LINES, "b")));
        assertThatThrownBy(() -> Agreement.draft(new AgreementId("a-1"), AgreementTest.ESTATE, AgreementTest.ACTIVE_COMPANY,
                AgreementTest.proposal(twice, "2026-03-01", "2029-02-28"), null, "officer", AgreementTest.NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::about)
                        .containsExactly("basicServices.duties[1]"));
    }
}
