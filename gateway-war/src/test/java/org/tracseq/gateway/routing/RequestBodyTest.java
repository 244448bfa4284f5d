package org.tracseq.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    /** 200 MB that exist only as a count: any attempt to hold them shows as reads. */
    private static final class Huge extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return read <= 200L * 1024 * 1024 ? 'x' : -1;
        }
    }

    @Test
    void aSmallBodyIsBufferedSoARetryCanSendItAgain() throws Exception {
        RequestBody body = RequestBody.of(new ByteArrayInputStream("{\"a\":1}".getBytes()), 7, false);
        assertThat(body.replayable()).isTrue();
        assertThat(body.entity().getContentLength()).isEqualTo(7);
        assertThat(body.entity().isRepeatable()).isTrue();
    }

    @Test
    void aLargeOrUnsizedBodyStreamsThroughUnreadAndIsNeverRetried() throws Exception {
        Huge huge = new Huge();
        RequestBody body = RequestBody.of(huge, 200L * 1024 * 1024, false);
        assertThat(huge.read).isZero();
        assertThat(body.replayable()).isFalse();
        assertThat(body.entity().getContentLength()).isEqualTo(200L * 1024 * 1024);
        assertThat(RequestBody.of(new Huge(), -1, true).entity().getContentLength())
                .isNegative();
    }

    @Test
    void noLengthAndNoChunkingMeansNoBody() throws Exception {
        assertThat(RequestBody.of(InputStream.nullInputStream(), -1, false).entity())
                .isNull();
    }
}
