package org.regionaltimeline.account;

import at.favre.lib.crypto.bcrypt.BCrypt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Password and token hashing. Passwords: bcrypt (slow on purpose, salted). Tokens: 32 random bytes, so a fast SHA-256
 * is enough to store them safely and look them up by hash.
 */
public final class Secrets {

    public static final String TOKEN_PREFIX = "rt_";

    private Secrets() {
    }

    public static String hashPassword(String password, int cost) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public static boolean passwordMatches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.US_ASCII)).verified;
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        // a new SecureRandom per token, not a static one: nothing seeded may end up in a native image's heap
        new SecureRandom().nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
