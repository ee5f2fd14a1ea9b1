package org.estatecare.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SignatureTest {

    /** The example of the Standard Webhooks specification. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void signsAsTheStandardWebhooksSpecificationsExample() {
        assertThat(Signature.header(List.of(SECRET), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void whileARotatedSecretOverlapsBothSign() {
        String next = Signature.newSecret();
        String header = Signature.header(List.of(next, SECRET), "msg_1", 1614265330, "{}");
        assertThat(header.split(" ")).containsExactly("v1," + Signature.sign(next, "msg_1", 1614265330, "{}"),
                "v1," + Signature.sign(SECRET, "msg_1", 1614265330, "{}"));
        assertThat(next).startsWith("whsec_").isNotEqualTo(Signature.newSecret());
        assertThatThrownBy(() -> Signature.sign("plain", "msg_1", 1, "{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
