package org.estatecare.assessments.referral;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/**
 * The id of one district referral. A referral of an overdue action item has an id derived from the item, so the same
 * item referred twice (a retry, two replicas' passes) finds the referral instead of making a second.
 */
public record ReferralId(@JsonValue String value) implements Identifier {

    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*$");

    public ReferralId {
        Identifier.checked(value, "referral id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a referral id holds letters, digits and '-' only");
        }
    }

    @JsonCreator
    public static ReferralId of(String value) {
        return new ReferralId(value);
    }

    static ReferralId issue() {
        return new ReferralId("dr-" + UUID.randomUUID());
    }

    /** The referral of action item {@code number} of meeting {@code meetingId}. */
    public static ReferralId forActionItem(String meetingId, int number) {
        return new ReferralId("dr-" + UUID.nameUUIDFromBytes((meetingId + "|" + number).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value;
    }
}
