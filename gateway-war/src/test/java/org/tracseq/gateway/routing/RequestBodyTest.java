package org.tracseq.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
    void aStreamedBodyThatBreaksOffIsTheCallersFailure() throws Exception {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset by the caller");
            }
        };
        assertThatThrownBy(() ->
                        RequestBody.of(failing, -1, true).entity().getContent().read())
                .isInstanceOf(RequestBody.BrokenOff.class)
                .hasMessageContaining("connection reset by the caller");

        InputStream shortOne = new ByteArrayInputStream(new byte[10]);
        InputStream announcedLonger = RequestBody.of(shortOne, 2 * RequestBody.BUFFER_LIMIT, false)
                .entity()
                .getContent();
        assertThatThrownBy(announcedLonger::readAllBytes)
                .isInstanceOf(RequestBody.BrokenOff.class)
                .hasMessageContaining("ended after 10 of its 2097152 bytes");
    }

    @Test
    void aStreamedBodyOfUnknownLengthEndsWhenItsStreamDoes() throws Exception {
        InputStream body = RequestBody.of(new ByteArrayInputStream(new byte[10]), -1, true)
                .entity()
                .getContent();
        assertThat(body.readAllBytes()).hasSize(10);
    }

    @Test
    void noLengthAndNoChunkingMeansNoBody() throws Exception {
        assertThat(RequestBody.of(InputStream.nullInputStream(), -1, false).entity())
                .isNull();
    }
}
