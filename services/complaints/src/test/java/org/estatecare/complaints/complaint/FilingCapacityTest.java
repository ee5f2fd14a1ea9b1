package org.estatecare.complaints.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FilingCapacityTest {

    static Caller as(Role... roles) {
        return new Caller("sub", "user", Set.of(roles), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static FilingCapacity.Filed filed(ReporterKind kind, Channel channel) {
        return new FilingCapacity.Filed(kind, channel);
    }

    @Test
    @DisplayName("R-CMP-1: a resident files online as a resident, and cannot pass as an inspector, a patrol or a letter")
    void aResidentIsAResident() {
        assertThat(FilingCapacity.resolve(as(Role.RESIDENT), null, null)).isEqualTo(filed(ReporterKind.RESIDENT, Channel.ONLINE));
        assertThat(FilingCapacity.resolve(as(Role.RESIDENT), ReporterKind.RESIDENT, Channel.ONLINE))
                .isEqualTo(filed(ReporterKind.RESIDENT, Channel.ONLINE));
        for (ReporterKind kind : new ReporterKind[] {ReporterKind.INSPECTOR, ReporterKind.SERVICE_COMPANY, ReporterKind.RESIDENTS_COMMITTEE}) {
            assertThatThrownBy(() -> FilingCapacity.resolve(as(Role.RESIDENT), kind, null)).isInstanceOf(RuleViolationException.class);
        }
        for (Channel channel : new Channel[] {Channel.PATROL, Channel.LETTER, Channel.VISIT, Channel.HOTLINE}) {
            assertThatThrownBy(() -> FilingCapacity.resolve(as(Role.RESIDENT), null, channel)).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    @DisplayName("R-CMP-1, R-CMP-2, R-CMP-3: officials record what residents bring them, or file their own inspection; the company its patrol")
    void officialsAndCompanies() {
        assertThat(FilingCapacity.resolve(as(Role.DISTRICT_ADMIN), null, null)).isEqualTo(filed(ReporterKind.RESIDENT, Channel.HOTLINE));
        assertThat(FilingCapacity.resolve(as(Role.STREET_OFFICER), null, null)).isEqualTo(filed(ReporterKind.INSPECTOR, Channel.PATROL));
        assertThat(FilingCapacity.resolve(as(Role.STREET_OFFICER), null, Channel.VISIT)).isEqualTo(filed(ReporterKind.RESIDENT, Channel.VISIT));
        assertThat(FilingCapacity.resolve(as(Role.COMMUNITY_OFFICER), null, null))
                .isEqualTo(filed(ReporterKind.RESIDENTS_COMMITTEE, Channel.PATROL));
        assertThat(FilingCapacity.resolve(as(Role.COMMUNITY_OFFICER), ReporterKind.RESIDENT, null))
                .isEqualTo(filed(ReporterKind.RESIDENT, Channel.HOTLINE));
        assertThat(FilingCapacity.resolve(as(Role.SERVICE_COMPANY), null, null)).isEqualTo(filed(ReporterKind.SERVICE_COMPANY, Channel.PATROL));
        assertThatThrownBy(() -> FilingCapacity.resolve(as(Role.SERVICE_COMPANY), ReporterKind.INSPECTOR, null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> FilingCapacity.resolve(as(Role.MUNICIPAL_INSPECTOR), ReporterKind.RESIDENT, Channel.ONLINE))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> FilingCapacity.resolve(as(Role.AUDITOR), null, null)).isInstanceOf(RuleViolationException.class);
    }
}
