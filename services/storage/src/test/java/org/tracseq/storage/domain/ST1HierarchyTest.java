package org.tracseq.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracseq.platform.problem.RuleViolation;

class ST1HierarchyTest {

    @ParameterizedTest
    @CsvSource({
        "ROOM,FACILITY",
        "FREEZER,ROOM",
        "REFRIGERATOR,ROOM",
        "INCUBATOR,ROOM",
        "LN2_TANK,ROOM",
        "SHELF,FREEZER",
        "RACK,LN2_TANK",
        "SHELF,INCUBATOR",
        "BOX,SHELF",
        "BOX,RACK"
    })
    void permittedParentsAreAccepted(LocationKind child, LocationKind parent) {
        assertThatCode(() -> Hierarchy.checkParent(child, parent)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        "BOX,ROOM",
        "BOX,FREEZER",
        "ROOM,ROOM",
        "FREEZER,FACILITY",
        "SHELF,RACK",
        "RACK,BOX",
        "ROOM,BOX",
        "FACILITY,ROOM"
    })
    void otherParentsAreRefusedWithTheRule(LocationKind child, LocationKind parent) {
        assertThatThrownBy(() -> Hierarchy.checkParent(child, parent))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("ST-1");
                    assertThat(violation.status()).isEqualTo(422);
                });
    }

    @Test
    void onlyAFacilityHasNoParent() {
        assertThatCode(() -> Hierarchy.checkParent(LocationKind.FACILITY, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Hierarchy.checkParent(LocationKind.ROOM, null))
                .hasMessageContaining("needs a parent (facility)");
    }

    @Test
    void aLocationCannotGoIntoItselfOrItsOwnSubtree() {
        UUID facility = UUID.randomUUID();
        UUID room = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        assertThatThrownBy(() -> Hierarchy.checkNoCycle(room, List.of(facility, room, unit)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.status()).isEqualTo(409));
        assertThatThrownBy(() -> Hierarchy.checkNoCycle(room, List.of(facility, room)))
                .isInstanceOf(RuleViolation.class);
        assertThatCode(() -> Hierarchy.checkNoCycle(unit, List.of(facility, room)))
                .doesNotThrowAnyException();
    }

    @Test
    void nothingThatHoldsSomethingIsDeleted() {
        assertThatThrownBy(() -> Hierarchy.checkDeletable("Freezer 1", 2, 0)).hasMessageContaining("holds 2 location");
        assertThatThrownBy(() -> Hierarchy.checkDeletable("Box 1", 0, 1)).hasMessageContaining("holds 1 sample");
        assertThatCode(() -> Hierarchy.checkDeletable("Box 2", 0, 0)).doesNotThrowAnyException();
    }

    @Test
    void kindsGetDeeperSoTheKindsAloneRuleOutCycles() {
        for (LocationKind parent : LocationKind.values()) {
            for (LocationKind child : parent.permittedChildren()) {
                assertThat(child.depth()).isEqualTo(parent.depth() + 1);
            }
        }
    }
}
