package org.estatecare.webhooks.subscription;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing secrets as they are stored: sealed with AES-256-GCM under a key of the deployment
 * ({@code ESTATECARE_WEBHOOKS_SECRET_KEY}), bound to their subscription. The service must read a secret
 * to sign with it, so it cannot keep only a hash; sealed, a copy of the database (a backup, a dump) gives
 * no one the power to sign events in the platform's name. A secret stored before sealing existed, or
 * sealed under a previous key of the deployment, still opens, and is sealed again under the current key
 * when the service starts ({@link SecretResealing}).
 */
public final class SecretSeal {

    static final String SEALED = "sealed:v1:";
    private static final String PLAIN = "whsec_";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final List<SecretKeySpec> previous;

    /** A seal under the SHA-256 of the deployment's key (at least 32 bytes, checked by the settings). */
    public SecretSeal(String deploymentKey) {
        this(deploymentKey, List.of());
    }

    /** A seal under the current key that also opens what was sealed under the keys before it. */
    public SecretSeal(String deploymentKey, List<String> previousKeys) {
        this.key = aesKey(deploymentKey);
        this.previous = previousKeys.stream().filter(k -> !k.isBlank()).map(SecretSeal::aesKey).toList();
    }

    private static SecretKeySpec aesKey(String deploymentKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deploymentKey.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(digest, "AES");
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
            sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, subscription).doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /** The secret a stored value holds; refused when it was sealed under no key of the deployment or for another subscription. */
    public String open(String stored, SubscriptionId subscription) {
        if (stored.startsWith(PLAIN)) {
            return stored;
        }
        for (SecretKeySpec candidate : keys()) {
            String opened = open(stored, candidate, subscription);
            if (opened != null) {
                return opened;
            }
        }
        throw new IllegalStateException("the signing secret of " + subscription
                + " does not open with this deployment's keys (ESTATECARE_WEBHOOKS_SECRET_KEY changed without"
                + " ESTATECARE_WEBHOOKS_PREVIOUS_SECRET_KEYS?)");
    }

    /** True when the stored value is sealed under the current key (else it is sealed again at start). */
    public boolean sealedUnderCurrentKey(String stored, SubscriptionId subscription) {
        return open(stored, key, subscription) != null;
    }

    private List<SecretKeySpec> keys() {
        List<SecretKeySpec> keys = new ArrayList<>();
        keys.add(key);
        keys.addAll(previous);
        return keys;
    }

    /** The secret, or null when the value is not sealed under this key for this subscription. */
    private String open(String stored, SecretKeySpec candidate, SubscriptionId subscription) {
        if (!stored.startsWith(SEALED)) {
            return null;
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        if (all.length <= NONCE_BYTES) {
            return null;
        }
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, candidate, nonce, subscription);
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException wrongKeyOrTampered) {
            return null;
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce, SubscriptionId subscription) {
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
