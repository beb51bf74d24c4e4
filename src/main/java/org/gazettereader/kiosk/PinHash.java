// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The stored form of the administrator's PIN: a salted PBKDF2-HMAC-SHA256 hash written as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in unpadded Base64), so that the number
 * of iterations travels with the hash and can be raised later without breaking stored PINs. The
 * string never holds the PIN; checking compares in constant time.
 */
public final class PinHash {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    /** Below this a stored hash is refused as too weak to be one this program wrote (tests use it). */
    public static final int MIN_ITERATIONS = 1_000;
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int MIN_PIN_DIGITS = 4;
    public static final int MAX_PIN_DIGITS = 12;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PinHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes {@code pin} with a new random salt and the default iterations. */
    public static PinHash create(char[] pin) {
        return create(pin, DEFAULT_ITERATIONS);
    }

    /** Hashes {@code pin} with a new random salt; {@code pin} is left as it is (the caller owns it). */
    public static PinHash create(char[] pin, int iterations) {
        requireValidPin(pin);
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PinHash(iterations, salt, derive(pin, salt, iterations));
    }

    /** Whether {@code pin} is acceptable as an administrator's PIN: digits only, 4 to 12 of them. */
    public static boolean isValidPin(char[] pin) {
        if (pin == null || pin.length < MIN_PIN_DIGITS || pin.length > MAX_PIN_DIGITS) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void requireValidPin(char[] pin) {
        if (!isValidPin(pin)) {
            throw new KioskException("kiosk.pin.invalid", Integer.toString(MIN_PIN_DIGITS),
                    Integer.toString(MAX_PIN_DIGITS));
        }
    }

    /** Reads a stored hash; empty when {@code stored} is not one (wrong scheme, numbers or Base64). */
    public static Optional<PinHash> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String[] parts = stored.strip().split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME) || !parts[1].matches("[0-9]{1,8}")) {
            return Optional.empty();
        }
        int iterations = Integer.parseInt(parts[1]);
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            return Optional.empty();
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (salt.length < 8 || hash.length != HASH_BITS / 8) {
                return Optional.empty();
            }
            return Optional.of(new PinHash(iterations, salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code pin} is the PIN this hash was made from; compared in constant time. */
    public boolean matches(char[] pin) {
        if (pin == null || pin.length == 0 || pin.length > MAX_PIN_DIGITS * 4) {
            return false;
        }
        byte[] candidate = derive(pin, salt, iterations);
        try {
            return MessageDigest.isEqual(candidate, hash);
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    public int iterations() {
        return iterations;
    }

    /** The stored form, {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}. */
    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    @Override
    public String toString() {
        return encoded();
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this Java runtime", e);
        } finally {
            // The spec holds its own copy of the PIN.
            spec.clearPassword();
        }
    }
}
