package org.tracseq.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonbContextResolverTest {
    public enum Zone {
        MINUS_80,
        ROOM_TEMPERATURE
    }

    public static class Unit {
        public String name = "freezer 1";
        public Zone zone = Zone.ROOM_TEMPERATURE;
        public String note;
    }

    @Test
    void writesEnumsAsLowerSnakeCaseAndLeavesNullsOut() {
        assertThat(JsonbContextResolver.jsonb().toJson(new Unit()))
                .isEqualTo("{\"name\":\"freezer 1\",\"zone\":\"room_temperature\"}");
    }
}
