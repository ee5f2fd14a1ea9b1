package org.estatecare.assessments.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.estatecare.kit.domain.Implements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The keyed hashes (HMAC-SHA256 with the deployment's {@link SurveyProperties#householdKey()}) under which surveys
 * keep households and codes. A household's hash includes the survey's id, so the same household cannot be followed
 * from one survey to the next; a code's does not, so an answer finds its survey by the code alone.
 */
@Component
@Implements("R-ASM-4")
public class KeyedHashes {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern HEX = Pattern.compile("^[0-9a-f]{64}$");
    private static final Logger log = LoggerFactory.getLogger(KeyedHashes.class);

    private final SecretKeySpec key;

    public KeyedHashes(SurveyProperties properties) {
        this.key = new SecretKeySpec(properties.householdKeyBytes(), ALGORITHM);
        if (properties.developmentKey()) {
            log.warn("survey household key is the development default: set ESTATECARE_SURVEY_HOUSEHOLD_KEY in a deployment");
        }
    }

    public HouseholdHash household(SurveyId survey, HouseholdReference household) {
        return new HouseholdHash(hmac("household", survey.value() + "\n" + household.value()));
    }

    public CodeHash code(SurveyCode code) {
        return new CodeHash(hmac("code", code.value()));
    }

    /** Each purpose hashes in its own domain, so a household's hash can never equal a code's. */
    private String hmac(String purpose, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((purpose + "\n" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    static void requireHex(String value) {
        if (value == null || !HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("a keyed hash is 64 lower-case hex digits");
        }
    }
}
