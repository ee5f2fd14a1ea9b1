package org.estatecare.webhooks.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.estatecare.webhooks.delivery.Signature;
import org.junit.jupiter.api.Test;

class SecretSealTest {

    static final String KEY = "a-deployment-key-of-at-least-32-bytes-0123456789";
    final SecretSeal seal = new SecretSeal(KEY);
    final SubscriptionId subscription = SubscriptionId.next();

    @Test
    void aSealedSecretOpensToItselfAndShowsNothingOfIt() {
        String secret = Signature.newSecret();

        String sealed = seal.seal(secret, subscription);

        assertThat(sealed).startsWith(SecretSeal.SEALED).doesNotContain(secret.substring("whsec_".length()));
        assertThat(seal.open(sealed, subscription)).isEqualTo(secret);
        assertThat(seal.seal(secret, subscription)).as("a fresh nonce every time").isNotEqualTo(sealed);
    }

    @Test
    void itOpensOnlyForItsSubscriptionUnderItsKeyAndUntouched() {
        String sealed = seal.seal(Signature.newSecret(), subscription);

        assertThatThrownBy(() -> seal.open(sealed, SubscriptionId.next()))
                .as("moved to another subscription's record").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretSeal(KEY + "-other").open(sealed, subscription))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ESTATECARE_WEBHOOKS_SECRET_KEY");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(SecretSeal.SEALED.length()));
        bytes[bytes.length - 1] ^= 1;
        String tampered = SecretSeal.SEALED + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> seal.open(tampered, subscription)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whatAPreviousKeySealedStillOpensAndIsKnownForNotCurrent() {
        String secret = Signature.newSecret();
        String underOld = seal.seal(secret, subscription);
        SecretSeal rotated = new SecretSeal("the-next-key-of-the-deployment-0123456789abcdef", java.util.List.of(KEY));

        assertThat(rotated.open(underOld, subscription)).isEqualTo(secret);
        assertThat(rotated.sealedUnderCurrentKey(underOld, subscription)).isFalse();
        String underNew = rotated.seal(secret, subscription);
        assertThat(rotated.sealedUnderCurrentKey(underNew, subscription)).isTrue();
        assertThatThrownBy(() -> seal.open(underNew, subscription)).hasMessageContaining("PREVIOUS_SECRET_KEYS");
    }

    @Test
    void aSecretStoredBeforeSealingIsReadAsItIs() {
        String legacy = Signature.newSecret();
        assertThat(seal.open(legacy, subscription)).isEqualTo(legacy);
        assertThatThrownBy(() -> seal.open("something else", subscription)).isInstanceOf(IllegalStateException.class);
    }
}
