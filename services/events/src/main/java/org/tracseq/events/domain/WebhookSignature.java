package org.tracseq.events.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-TracSeq-Signature} of a webhook delivery: {@code v1=<hex HMAC-SHA256(secret,
 * timestamp + "." + body)>}. The timestamp (unix seconds, also sent as {@code X-TracSeq-Timestamp})
 * is signed with the body, so a receiver that refuses old timestamps cannot be fed a replayed
 * delivery; {@link #verify} is what a receiver does.
 */
public final class WebhookSignature {
    public static final String VERSION = "v1=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return VERSION + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    /**
     * A receiver's check: the signature matches (compared in constant time) and the timestamp is
     * at most {@code toleranceSeconds} away from {@code nowSeconds}.
     */
    public static boolean verify(
            String secret, String timestamp, String body, String signature, long nowSeconds, long toleranceSeconds) {
        long sent;
        try {
            sent = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowSeconds - sent) > toleranceSeconds || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(secret, sent, body).getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
    }
}
