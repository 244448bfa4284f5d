package org.tracseq.auth.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random bearer secrets (refresh tokens, API keys, setup tokens) and the hash they are stored as.
 * 256 random bits cannot be guessed or brute-forced from a leaked hash, so a plain SHA-256 is the
 * right storage here; a slow password hash would only slow every request down.
 */
public final class Secrets {
    public static final String REFRESH_TOKEN = "tsr_";
    public static final String API_KEY = "tsk_";
    public static final String SETUP_TOKEN = "tss_";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** A new secret: the kind's prefix (so a leaked one is recognisable) and 256 random bits, URL-safe. */
    public static String generate(String kind) {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return kind + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
