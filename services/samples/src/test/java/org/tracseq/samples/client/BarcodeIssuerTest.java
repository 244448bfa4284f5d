package org.tracseq.samples.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tracseq.samples.domain.SampleType;

/** The idempotency key sent to the barcodes service. */
class BarcodeIssuerTest {

    @Test
    void aClientKeyGivesTheSameKeyEveryTimeSoARetryGetsTheSameBarcodes() {
        String first = BarcodeIssuer.keyFor("samples.create", "client-key-1", SampleType.DNA, 1);
        assertThat(BarcodeIssuer.keyFor("samples.create", "client-key-1", SampleType.DNA, 1))
                .isEqualTo(first);
        assertThat(first).startsWith("samples-").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void operationTypeAndCountEachGiveTheirOwnKey() {
        String key = BarcodeIssuer.keyFor("samples.create", "k", SampleType.DNA, 1);
        assertThat(BarcodeIssuer.keyFor("samples.create-batch", "k", SampleType.DNA, 1))
                .isNotEqualTo(key);
        assertThat(BarcodeIssuer.keyFor("samples.create", "k", SampleType.RNA, 1))
                .isNotEqualTo(key);
        assertThat(BarcodeIssuer.keyFor("samples.create", "k", SampleType.DNA, 2))
                .isNotEqualTo(key);
    }

    @Test
    void withoutAClientKeyEachCallGetsAFreshKey() {
        assertThat(BarcodeIssuer.keyFor("samples.create", null, SampleType.DNA, 1))
                .isNotEqualTo(BarcodeIssuer.keyFor("samples.create", null, SampleType.DNA, 1));
    }
}
