package org.tracseq.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class BooleanParamConverterProviderTest {
    private final BooleanParamConverterProvider provider = new BooleanParamConverterProvider();

    @Test
    void takesTrueAndFalseOnly() {
        var converter = provider.getConverter(Boolean.class, Boolean.class, new Annotation[0]);
        assertThat(converter.fromString("true")).isTrue();
        assertThat(converter.fromString("false")).isFalse();
        assertThatThrownBy(() -> converter.fromString("yes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'yes' is not true or false");
    }

    @Test
    void leavesOtherTypesToJaxRs() {
        assertThat(provider.getConverter(String.class, String.class, new Annotation[0]))
                .isNull();
    }
}
