package org.tracseq.events.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-TracSeq-Signature} of a webhook delivery: {@code v1=<hex HMAC-SHA256(secret,
 * timestamp + "." + body)>}. The timestamp (unix seconds, also sent as {@code X-TracSeq-Timestamp})
 * is signed with the body, so a receiver that refuses old timestamps cannot be fed a replayed
 * delivery (docs/events.md shows a receiver's check).
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
}
