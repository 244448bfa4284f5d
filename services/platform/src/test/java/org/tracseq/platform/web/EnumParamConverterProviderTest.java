package org.tracseq.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnumParamConverterProviderTest {
    /** Shaped like a generated model enum: the wire value is what toString prints. */
    enum Status {
        IN_STORAGE("in_storage"),
        PENDING("pending");

        private final String value;

        Status(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    private final EnumParamConverterProvider provider = new EnumParamConverterProvider();

    @Test
    void convertsWireValues() {
        var converter = provider.getConverter(Status.class, Status.class, new java.lang.annotation.Annotation[0]);
        assertThat(converter.fromString("in_storage")).isEqualTo(Status.IN_STORAGE);
        assertThat(converter.toString(Status.PENDING)).isEqualTo("pending");
    }

    @Test
    void refusesUnknownValuesListingTheChoices() {
        var converter = provider.getConverter(Status.class, Status.class, new java.lang.annotation.Annotation[0]);
        assertThatThrownBy(() -> converter.fromString("IN_STORAGE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in_storage, pending");
    }

    @Test
    void leavesOtherTypesToJaxRs() {
        assertThat(provider.getConverter(String.class, String.class, new java.lang.annotation.Annotation[0]))
                .isNull();
    }
}
