package org.estatecare.assessments.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class SurveyPropertiesTest {

    /** 31 bytes: one short. */
    static final String SHORT_KEY = "secret-of-thirty-one-bytes-xxxx";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SurveyProperties.class)
    static class Settings {
    }

    @Test
    void aKeyOfThirtyTwoBytesIsTakenOneLessIsNot() {
        assertThat(SHORT_KEY.length()).isEqualTo(SurveyProperties.MINIMUM_KEY_BYTES - 1);
        assertThat(new SurveyProperties(SHORT_KEY + "x").householdKey()).hasSize(32);
        assertThatThrownBy(() -> new SurveyProperties(SHORT_KEY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ESTATECARE_SURVEY_HOUSEHOLD_KEY").hasMessageNotContaining(SHORT_KEY);
        assertThatThrownBy(() -> new SurveyProperties(null)).isInstanceOf(IllegalArgumentException.class);
        // counted in bytes: ten Chinese characters are 30 bytes of UTF-8, eleven are 33
        assertThatThrownBy(() -> new SurveyProperties("住户密钥住户密钥住户")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SurveyProperties("住户密钥住户密钥住户密").householdKey()).hasSize(11);
    }

    @Test
    void theKeyNeverShowsInText() {
        String key = "a-secret-of-the-deployment-0123456789";
        assertThat(new SurveyProperties(key).toString()).doesNotContain(key);
    }

    @Test
    void theDevelopmentDefaultIsKnownForWhatItIs() {
        assertThat(new SurveyProperties("dev-survey-household-key-never-for-a-deployment").developmentKey()).isTrue();
        assertThat(new SurveyProperties("a-secret-of-the-deployment-0123456789").developmentKey()).isFalse();
    }

    @Test
    void theServiceRefusesToStartWithAShortKeyWithoutPrintingIt(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF);

        // as the environment variable would: above the development default of application.yml
        assertThatThrownBy(() -> application.run("--estatecare.assessments.survey.household-key=" + SHORT_KEY))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(output.getAll()).contains("household-key").doesNotContain(SHORT_KEY);
    }
}
