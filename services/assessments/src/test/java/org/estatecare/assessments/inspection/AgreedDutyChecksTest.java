package org.estatecare.assessments.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.estatecare.events.codes.AgreedDuty;
import org.estatecare.events.codes.BasicService;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgreedDutyChecksTest {

    @Test
    @DisplayName("R-AGR-5: an inspection checks the company's agreed duties line by line; a duty passes only when every line checking it passed")
    void dutiesAreCheckedLineByLine() {
        Checklist parking = new Checklist(BasicService.PARKING, List.of(
                new CheckItem("停车泊位线清晰", true, null, AgreedDuty.PARKING_LINES),
                new CheckItem("无主自行车已公示清理", false, "3号楼下仍有废弃自行车", AgreedDuty.OWNERLESS_NON_MOTOR_VEHICLES),
                new CheckItem("长期停放车辆已告知车主", true, null, AgreedDuty.LONG_UNUSED_VEHICLES),
                new CheckItem("东侧泊位线", false, "磨损", AgreedDuty.PARKING_LINES)));
        Checklist gate = new Checklist(BasicService.GATE_DUTY, List.of(
                new CheckItem("监控室有人值守", true, null, AgreedDuty.GATE_VIDEO_SURVEILLANCE),
                new CheckItem("门岗在岗", true, null)));

        var checked = Checklist.dutiesChecked(List.of(parking, gate));

        assertThat(checked).containsEntry(AgreedDuty.GATE_VIDEO_SURVEILLANCE, true)
                .containsEntry(AgreedDuty.LONG_UNUSED_VEHICLES, true)
                .containsEntry(AgreedDuty.OWNERLESS_NON_MOTOR_VEHICLES, false)
                .containsEntry(AgreedDuty.PARKING_LINES, false)
                .doesNotContainKey(AgreedDuty.GARBAGE_SORTING_HELP);
        assertThat(parking.score()).as("the lines count in the service's score like any other").isEqualByComparingTo("50.00");
    }

    @Test
    @DisplayName("R-AGR-5: a line checking a duty of another basic service is refused, naming where it is")
    void aDutyBelongsToItsService() {
        assertThatThrownBy(() -> new Checklist(BasicService.CLEANING, List.of(new CheckItem("楼道清扫", true, null),
                new CheckItem("泊位线", true, null, AgreedDuty.PARKING_LINES))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::about)
                        .containsExactly("CLEANING.items[1].duty"));
    }
}
