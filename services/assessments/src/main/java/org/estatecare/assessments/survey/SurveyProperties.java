package org.estatecare.assessments.survey;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the satisfaction surveys.
 *
 * @param householdKey the secret of the deployment that household references and survey codes are hashed with
 *                     (HMAC-SHA256; {@code ESTATECARE_SURVEY_HOUSEHOLD_KEY}), at least 32 bytes. Whoever holds the
 *                     stored hashes without it cannot tell which household they stand for. Kept for the life of
 *                     the open surveys: a new key makes their issued codes unknown.
 */
@ConfigurationProperties("estatecare.assessments.survey")
public record SurveyProperties(String householdKey) {

    /** As long as the HMAC-SHA256 output: a shorter key is the weak point of the hash. */
    public static final int MINIMUM_KEY_BYTES = 32;
    /** How the development defaults of the platform's secrets begin ({@code dev-…}). */
    static final String DEVELOPMENT_PREFIX = "dev-";

    public SurveyProperties {
        // the message names the setting, never its value: a refused secret is still a secret
        if (householdKey == null || householdKey.getBytes(StandardCharsets.UTF_8).length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("estatecare.assessments.survey.household-key (ESTATECARE_SURVEY_HOUSEHOLD_KEY) "
                    + "must be a secret of at least " + MINIMUM_KEY_BYTES + " bytes");
        }
    }

    byte[] householdKeyBytes() {
        return householdKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The development default rather than a secret of the deployment. */
    boolean developmentKey() {
        return householdKey.startsWith(DEVELOPMENT_PREFIX);
    }

    @Override
    public String toString() {
        return "SurveyProperties[householdKey=(secret)]";
    }
}
