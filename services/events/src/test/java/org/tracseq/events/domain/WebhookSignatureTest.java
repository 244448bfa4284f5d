package org.tracseq.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
        assertThat(WebhookSignature.verify(SECRET, "1000", BODY, signature, 1100, 300))
                .isTrue();
    }

    @Test
    void aReceiverRejectsAnOldOrAlteredOrWronglySignedOne() {
        String signature = WebhookSignature.sign(SECRET, 1000, BODY);
        assertThat(WebhookSignature.verify(SECRET, "1000", BODY, signature, 1301, 300))
                .as("too old")
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, "1001", BODY, signature, 1001, 300))
                .as("timestamp changed")
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, "1000", BODY + " ", signature, 1000, 300))
                .as("body changed")
                .isFalse();
        assertThat(WebhookSignature.verify("another-secret-of-16", "1000", BODY, signature, 1000, 300))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, "x", BODY, signature, 1000, 300))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, "1000", BODY, null, 1000, 300))
                .isFalse();
    }
}
