package org.estatecare.architecture.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** How the index reads the policy and recognises a rule cited where it should not be. */
class PolicyTest {

    static final Policy POLICY = Policy.parse(Path.of("POLICY.md"), List.of(
            "# The policy",
            "## Registry rules",
            "- **R-EXIT-1** An included estate may apply to exit for one of three reasons.",
            "- **R-EXIT-2** Subsidies stop from the exit date.",
            "## Agreement rules",
            "- **R-AGR-2** The district government sets the fee standard.",
            "Cite the rule id (e.g. `R-EXIT-2`) in the test that proves it."));

    @Test
    void rulesAreReadWithTheirSectionAndText() {
        assertThat(POLICY.rules()).containsExactly(
                new Policy.Rule("R-EXIT-1", "Registry rules", "An included estate may apply to exit for one of three reasons."),
                new Policy.Rule("R-EXIT-2", "Registry rules", "Subsidies stop from the exit date."),
                new Policy.Rule("R-AGR-2", "Agreement rules", "The district government sets the fee standard."));
    }

    @Test
    void aDisplayNameCitesOnlyIdsOfThePolicy() {
        assertThat(Policy.idsIn("R-EXIT-1, R-EXIT-2: an exit … (R-EXIT-1)")).containsExactly("R-EXIT-1", "R-EXIT-2");
        assertThat(POLICY.unknownIdsIn("R-EXIT-2, R-EXIT-3: …")).containsExactly("R-EXIT-3");
        assertThat(POLICY.unknownIdsIn("R-EXIT2 and R-agr-2: misspelt")).containsExactly("R-EXIT2", "R-agr-2");
        assertThat(POLICY.unknownIdsIn("DATE-RANGE: dates out of range; HR-1 is no rule")).isEmpty();
    }

    @Test
    void aRuleIdInAJavaNameIsRecognised() {
        Pattern inName = POLICY.idInJavaName();
        assertThat(List.of("aStandardIsChecked_R_AGR_2", "exitStops_R_EXIT_2_R_AGR_2", "R_EXIT_1_exitNeedsAReason",
                "exitRExit1", "checkedRAgr2Today", "ExitTest_R_EXIT1")).allMatch(name -> inName.matcher(name).find());
        assertThat(List.of("exitStopsSubsidyFromTheExitDate", "aggregateRoundTrip2", "rExitReasonIsNamed",
                "threeRoundsOfAgreements")).noneMatch(name -> inName.matcher(name).find());
    }
}
