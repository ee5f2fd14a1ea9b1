package org.estatecare.webhooks.subscription;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing secrets as they are stored: sealed with AES-256-GCM under a key of the deployment
 * ({@code ESTATECARE_WEBHOOKS_SECRET_KEY}), bound to their subscription. The service must read a secret
 * to sign with it, so it cannot keep only a hash; sealed, a copy of the database (a backup, a dump) gives
 * no one the power to sign events in the platform's name. A secret stored before sealing existed is read
 * as it is and sealed at its next rotation.
 */
public final class SecretSeal {

    static final String SEALED = "sealed:v1:";
    private static final String PLAIN = "whsec_";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** A seal under the SHA-256 of the deployment's key (at least 32 bytes, checked by the settings). */
    public SecretSeal(String deploymentKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deploymentKey.getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code secret} sealed for {@code subscription}: {@code sealed:v1:<base64 nonce+ciphertext+tag>}. */
    public String seal(String secret, SubscriptionId subscription) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = cipher(Cipher.ENCRYPT_MODE, nonce, subscription).doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /** The secret a stored value holds; refused when it was sealed under another key or for another subscription. */
    public String open(String stored, SubscriptionId subscription) {
        if (stored.startsWith(PLAIN)) {
            return stored;
        }
        if (!stored.startsWith(SEALED)) {
            throw new IllegalStateException("a stored signing secret of " + subscription + " is neither sealed nor a secret");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, subscription);
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing secret of " + subscription
                    + " does not open with this deployment's key (ESTATECARE_WEBHOOKS_SECRET_KEY changed?)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, SubscriptionId subscription) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subscription.value().getBytes(StandardCharsets.UTF_8));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
