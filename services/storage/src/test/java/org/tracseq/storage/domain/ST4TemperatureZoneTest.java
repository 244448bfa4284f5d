package org.tracseq.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracseq.platform.problem.RuleViolation;

class ST4TemperatureZoneTest {
    private final ZoneRules rules = ZoneRules.defaultRules();

    @ParameterizedTest
    @CsvSource({
        "dna,MINUS_20",
        "dna,MINUS_80",
        "dna,PLUS_4",
        "rna,MINUS_80",
        "rna,LIQUID_NITROGEN",
        "protein,MINUS_20",
        "cell_culture,INCUBATOR_37",
        "cell_culture,LIQUID_NITROGEN",
        "tissue,LIQUID_NITROGEN",
        "blood,PLUS_4",
        "serum,MINUS_20",
        "plasma,MINUS_80",
        "urine,PLUS_4",
        "saliva,MINUS_80",
        "swab,PLUS_4",
        "swab,MINUS_80",
        "environmental,ROOM_TEMPERATURE",
        "other,INCUBATOR_37"
    })
    void theDefaultsAllow(String type, TemperatureZone zone) {
        assertThatCode(() -> rules.checkPlacement(type, zone, "BC")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        "dna,LIQUID_NITROGEN",
        "rna,MINUS_20",
        "rna,PLUS_4",
        "protein,PLUS_4",
        "cell_culture,MINUS_80",
        "tissue,MINUS_20",
        "blood,LIQUID_NITROGEN",
        "swab,MINUS_20",
        "saliva,ROOM_TEMPERATURE"
    })
    void theDefaultsRefuse(String type, TemperatureZone zone) {
        assertThatThrownBy(() -> rules.checkPlacement(type, zone, "BC"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("ST-4");
                    assertThat(violation.status()).isEqualTo(409);
                });
    }

    @Test
    void aTypesZonesCanBeConfigured() {
        ZoneRules custom = new ZoneRules(Map.of("dna", EnumSet.of(TemperatureZone.LIQUID_NITROGEN)));
        assertThat(custom.allows("dna", TemperatureZone.LIQUID_NITROGEN)).isTrue();
        assertThat(custom.allows("dna", TemperatureZone.MINUS_20)).isFalse();
        assertThat(custom.allows("rna", TemperatureZone.MINUS_80)).isTrue();
    }

    @Test
    void unitsRunAtZonesTheirKindSupportsAndOnlyUnitsNameAZone() {
        assertThatCode(() -> ZoneRules.checkUnitZone(LocationKind.FREEZER, TemperatureZone.MINUS_80))
                .doesNotThrowAnyException();
        assertThatCode(() -> ZoneRules.checkUnitZone(LocationKind.BOX, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ZoneRules.checkUnitZone(LocationKind.FREEZER, null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ZoneRules.checkUnitZone(LocationKind.LN2_TANK, TemperatureZone.MINUS_80))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ZoneRules.checkUnitZone(LocationKind.SHELF, TemperatureZone.MINUS_80))
                .isInstanceOf(RuleViolation.class);
    }
}
