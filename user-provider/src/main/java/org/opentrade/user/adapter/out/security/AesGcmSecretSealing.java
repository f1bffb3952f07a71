package org.opentrade.user.adapter.out.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.user.application.apikey.ApiKeyProperties;
import org.opentrade.user.application.port.SecretSealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM under the configured master key: a fresh random 96-bit nonce per seal (each key is sealed once, and
 * NIST's bound for random nonces, 2^32 seals under one master key, is far away), the key id as associated data (a
 * sealed secret moved to another row does not open), stored as base64(nonce || ciphertext || 128-bit tag). A database
 * dump alone reveals no secret; the master key lives only in user-provider's environment.
 */
@Component
class AesGcmSecretSealing implements SecretSealing {
    static final String TRANSFORMATION = "AES/GCM/NoPadding";
    static final int MASTER_KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final Logger log = LoggerFactory.getLogger(AesGcmSecretSealing.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey masterKey;

    @Autowired
    AesGcmSecretSealing(ApiKeyProperties properties) {
        this(properties.masterKey());
    }

    /** MASTER_KEY_BASE64: 32 bytes in base64; anything else stops the start with a message saying what to set. */
    AesGcmSecretSealing(String masterKeyBase64) {
        this.masterKey = new SecretKeySpec(decode(masterKeyBase64), "AES");
    }

    @Override
    public String seal(String keyId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keyId, nonce);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
        }
    }

    @Override
    public String open(String keyId, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new IllegalArgumentException("too short");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keyId, Arrays.copyOf(bytes, NONCE_BYTES));
            byte[] secret = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(secret, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // another master key than the one that sealed it, or a damaged row: an operator's problem, not the client's
            log.error("the secret of API key {} cannot be opened with the configured master key ({})", keyId,
                    e.toString());
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the API key cannot be checked now");
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, masterKey, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] decode(String base64) {
        byte[] key = null;
        try {
            key = base64 == null ? null : Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException notBase64) {
            // reported below like a wrong length
        }
        if (key == null || key.length != MASTER_KEY_BYTES) {
            throw new IllegalStateException("OPENTRADE_API_KEY_MASTER_KEY (opentrade.api-keys.master-key) must be "
                    + MASTER_KEY_BYTES + " bytes in base64, e.g. the output of `openssl rand -base64 32`");
        }
        return key;
    }
}
