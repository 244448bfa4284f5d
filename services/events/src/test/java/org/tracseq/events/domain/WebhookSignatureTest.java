package org.tracseq.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String SECRET = "0123456789abcdef-secret";
    private static final String BODY = "{\"id\":\"e\",\"type\":\"storage.item.placed\"}";

    @Test
    void isHmacSha256OfTimestampDotBodyInHex() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
                "v1=" + HexFormat.of().formatHex(mac.doFinal(("1700000000." + BODY).getBytes(StandardCharsets.UTF_8)));
        assertThat(WebhookSignature.sign(SECRET, 1_700_000_000L, BODY)).isEqualTo(expected);
    }

    @Test
    void matchesAVectorComputedElsewhere() {
        // Python: hmac.new(secret, b'1700000000.' + body, hashlib.sha256).hexdigest()
        assertThat(WebhookSignature.sign(SECRET, 1_700_000_000L, BODY))
                .isEqualTo("v1=c5c9a0abf6e99d03d4346c4870a02eabb00f8243a592b1be5cedfd0a8099b410");
    }

    @Test
    void aReceiverAcceptsAFreshSignedDelivery() {
        String signature = WebhookSignature.sign(SECRET, 1000, BODY);
        assertThat(verify(SECRET, "1000", BODY, signature, 1100, 300)).isTrue();
    }

    @Test
    void aReceiverRejectsAnOldOrAlteredOrWronglySignedOne() {
        String signature = WebhookSignature.sign(SECRET, 1000, BODY);
        assertThat(verify(SECRET, "1000", BODY, signature, 1301, 300))
                .as("too old")
                .isFalse();
        assertThat(verify(SECRET, "1001", BODY, signature, 1001, 300))
                .as("timestamp changed")
                .isFalse();
        assertThat(verify(SECRET, "1000", BODY + " ", signature, 1000, 300))
                .as("body changed")
                .isFalse();
        assertThat(verify("another-secret-of-16", "1000", BODY, signature, 1000, 300))
                .isFalse();
        assertThat(verify(SECRET, "x", BODY, signature, 1000, 300)).isFalse();
        assertThat(verify(SECRET, "1000", BODY, null, 1000, 300)).isFalse();
    }

    /** What a receiver does (docs/events.md): the signature matches, compared in constant time, and is recent. */
    private static boolean verify(
            String secret, String timestamp, String body, String signature, long nowSeconds, long toleranceSeconds) {
        long sent;
        try {
            sent = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        return signature != null
                && Math.abs(nowSeconds - sent) <= toleranceSeconds
                && MessageDigest.isEqual(
                        WebhookSignature.sign(secret, sent, body).getBytes(StandardCharsets.UTF_8),
                        signature.getBytes(StandardCharsets.UTF_8));
    }
}
