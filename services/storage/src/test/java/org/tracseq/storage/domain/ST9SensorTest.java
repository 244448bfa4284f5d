package org.tracseq.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ST9SensorTest {

    @ParameterizedTest
    @CsvSource({
        "MINUS_80,-80,",
        "MINUS_80,-65,",
        "MINUS_80,-64.99,TOO_WARM",
        "MINUS_80,-90.01,TOO_COLD",
        "MINUS_20,-20,",
        "MINUS_20,-10,TOO_WARM",
        "PLUS_4,4,",
        "PLUS_4,1.5,TOO_COLD",
        "PLUS_4,8.5,TOO_WARM",
        "LIQUID_NITROGEN,-196,",
        "LIQUID_NITROGEN,-140,TOO_WARM",
        "INCUBATOR_37,37,",
        "INCUBATOR_37,39,TOO_WARM",
        "ROOM_TEMPERATURE,21,",
        "ROOM_TEMPERATURE,30,TOO_WARM"
    })
    void readingsOutsideTheZoneRangeAreBreaches(
            TemperatureZone zone, BigDecimal temperature, TemperatureRange.AlertKind expected) {
        assertThat(zone.defaultRange().breach(temperature).orElse(null)).isEqualTo(expected);
        assertThat(zone.defaultRange().contains(temperature)).isEqualTo(expected == null);
    }

    @Test
    void aRangeIsOrdered() {
        assertThatThrownBy(() -> new TemperatureRange(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TemperatureRange.AlertKind.TOO_COLD.wireValue()).isEqualTo("too_cold");
    }
}
