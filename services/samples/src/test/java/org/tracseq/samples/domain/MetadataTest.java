package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Metadata: bounded in size, merged per RFC 7396. */
class MetadataTest {

    @Test
    void jsonLengthMatchesCompactJson() {
        Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("a", "xy");
        value.put("n", new BigDecimal("1.5"));
        value.put("l", List.of(true, "z"));
        // {"a":"xy","n":1.5,"l":[true,"z"]}
        assertThat(Metadata.jsonLength(value)).isEqualTo("{\"a\":\"xy\",\"n\":1.5,\"l\":[true,\"z\"]}".length());
    }

    @Test
    void tooManyKeysOrTooMuchTextIsRefused() {
        Map<String, Object> manyKeys =
                IntStream.range(0, 51).boxed().collect(Collectors.toMap(i -> "k" + i, i -> (Object) i));
        Violations violations = new Violations();
        Metadata.check(manyKeys, violations);
        Metadata.check(Map.of("essay", "x".repeat(17_000)), violations);
        assertThat(violations.errors()).hasSize(2);
    }

    @Test
    void mergeFollowsRfc7396() {
        Map<String, Object> nestedPatch = new HashMap<>();
        nestedPatch.put("b", null);
        nestedPatch.put("c", 3);
        Map<String, Object> patch = new HashMap<>();
        patch.put("x", nestedPatch);
        patch.put("y", null);
        Map<String, Object> merged =
                Metadata.merge(Map.of("x", Map.of("a", 1, "b", 2), "y", "gone", "z", "kept"), patch);
        assertThat(merged).isEqualTo(Map.of("x", Map.of("a", 1, "c", 3), "z", "kept"));
    }
}
