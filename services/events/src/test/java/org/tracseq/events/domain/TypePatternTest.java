package org.tracseq.events.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypePatternTest {
    @Test
    void anExactTypeMatchesOnlyItself() {
        TypePattern placed = TypePattern.parse("storage.item.placed");
        assertThat(placed.matches("storage.item.placed")).isTrue();
        assertThat(placed.matches("storage.item.placed_again")).isFalse();
        assertThat(placed.matches("storage.item")).isFalse();
    }

    @Test
    void aPrefixMatchesWholePartsOnly() {
        TypePattern items = TypePattern.parse("storage.item.*");
        assertThat(items.matches("storage.item.placed")).isTrue();
        assertThat(items.matches("storage.item.checked_out")).isTrue();
        assertThat(items.matches("storage.items.placed")).isFalse();
        assertThat(items.matches("storage.location.capacity_changed")).isFalse();
        assertThat(TypePattern.parse("storage.*").matches("storage.location.capacity_changed"))
                .isTrue();
    }

    @Test
    void aStarMatchesEverything() {
        assertThat(TypePattern.parse("*").matches("auth.user.created")).isTrue();
    }

    @Test
    void anyOfSeveral() {
        List<TypePattern> patterns = List.of(TypePattern.parse("samples.*"), TypePattern.parse("storage.item.placed"));
        assertThat(TypePattern.anyMatches(patterns, "samples.sample.registered"))
                .isTrue();
        assertThat(TypePattern.anyMatches(patterns, "storage.item.placed")).isTrue();
        assertThat(TypePattern.anyMatches(patterns, "storage.item.moved")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "storage.", "storage.*.placed", "Storage.item", "storage item", "storage.**", ".*", "a%"})
    void refusesWhatIsNeitherATypeNorAPrefix(String text) {
        assertThatThrownBy(() -> TypePattern.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
