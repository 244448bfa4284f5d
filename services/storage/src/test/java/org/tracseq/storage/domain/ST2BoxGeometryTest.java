package org.tracseq.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.platform.problem.RuleViolation;

class ST2BoxGeometryTest {

    @Test
    void labelsAreRowLetterAndZeroPaddedColumn() {
        assertThat(BoxGeometry.label(1, 1)).isEqualTo("A01");
        assertThat(BoxGeometry.label(8, 12)).isEqualTo("H12");
        assertThat(BoxGeometry.label(26, 99)).isEqualTo("Z99");
    }

    @ParameterizedTest
    @CsvSource({"A01,1,1", "a1,1,1", "H12,8,12", "h012,8,12", " B03 ,2,3"})
    void labelsAreParsedForgivingCaseAndZeros(String label, int row, int column) {
        BoxGeometry.Cell cell = new BoxGeometry(8, 12).parse(label);
        assertThat(cell).isEqualTo(new BoxGeometry.Cell(row, column));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I01", "A13", "A00", "AA1", "1A", "", "A123"})
    void positionsOutsideTheBoxOrMalformedAreRefused(String label) {
        assertThatThrownBy(() -> new BoxGeometry(8, 12).parse(label))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("ST-2"));
    }

    @Test
    void commonGeometriesAndTheirCapacities() {
        assertThat(new BoxGeometry(9, 9).capacity()).isEqualTo(81);
        assertThat(new BoxGeometry(10, 10).capacity()).isEqualTo(100);
        assertThat(new BoxGeometry(8, 12).capacity()).isEqualTo(96);
        assertThatThrownBy(() -> new BoxGeometry(27, 1)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new BoxGeometry(1, 100)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new BoxGeometry(0, 5)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void geometryIsFixedOnceUsed() {
        assertThatCode(() -> BoxGeometry.checkChangeable(false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> BoxGeometry.checkChangeable(true))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.status()).isEqualTo(409));
    }

    @Test
    void cellsIndexRowMajor() {
        assertThat(new BoxGeometry.Cell(2, 3).index(12)).isEqualTo(14);
        assertThat(new BoxGeometry.Cell(1, 1).label()).isEqualTo("A01");
    }
}
