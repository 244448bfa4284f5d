package org.tracseq.qaqc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QC-2: the default thresholds as the migrations seed them (read from
 * {@code db-migrations/qaqc/V1__create_qaqc.sql} and {@code V2__pools.sql}, the one place they are
 * written) judge DOMAIN.md's numbers right at their edges; a pool is judged as QC-2's pre-made
 * library, the closest rule DOMAIN.md has for it. {@code DefinitionsIT} checks the same rows in a running database.
 */
class QC2DefaultThresholdsTest {
    private static final Pattern ROW = Pattern.compile(
            "\\(gen_random_uuid\\(\\), '([a-z0-9_]+)', '([a-z]+)', 1, '[^']*', '[^']*', ([0-9.]+|NULL), (true|false), "
                    + "([0-9.]+|NULL), (true|false), 1, ");
    private static final Map<String, Thresholds> SEEDED = new HashMap<>();

    @BeforeAll
    static void readTheMigration() throws IOException {
        String sql = Files.readString(Path.of("../../db-migrations/qaqc/V1__create_qaqc.sql"))
                + Files.readString(Path.of("../../db-migrations/qaqc/V2__pools.sql"));
        Matcher row = ROW.matcher(sql);
        while (row.find()) {
            SEEDED.put(
                    row.group(1) + "/" + row.group(2),
                    new Thresholds(
                                    decimal(row.group(3)),
                                    Boolean.parseBoolean(row.group(4)),
                                    decimal(row.group(5)),
                                    Boolean.parseBoolean(row.group(6)),
                                    null,
                                    null,
                                    null)
                            .checked());
        }
    }

    private static BigDecimal decimal(String text) {
        return text.equals("NULL") ? null : new BigDecimal(text);
    }

    @Test
    void everyDefaultIsSeeded() {
        assertThat(SEEDED.keySet())
                .containsExactlyInAnyOrderElementsOf(List.of(
                        "rin/rna",
                        "dv200/rna",
                        "a260_280/dna",
                        "a260_280/rna",
                        "a260_230/dna",
                        "a260_230/rna",
                        "concentration/dna",
                        "volume/dna",
                        "concentration/library",
                        "molarity/library",
                        "volume/library",
                        "molarity/pool",
                        "volume/pool"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "rin/rna, 7, PASS",
        "rin/rna, 6.9, FAIL",
        "dv200/rna, 30, FAIL",
        "dv200/rna, 30.01, PASS",
        "a260_280/dna, 1.8, PASS",
        "a260_280/dna, 2.1, PASS",
        "a260_280/dna, 1.79, FAIL",
        "a260_280/rna, 2.11, FAIL",
        "a260_230/rna, 1.8, PASS",
        "a260_230/dna, 2.4, PASS",
        "a260_230/dna, 2.41, FAIL",
        "a260_230/rna, 1.79, FAIL",
        "concentration/dna, 1000, PASS",
        "concentration/dna, 1000.1, FAIL",
        "volume/dna, 10, PASS",
        "volume/dna, 9.9, FAIL",
        "concentration/library, 5, PASS",
        "concentration/library, 4.99, FAIL",
        "molarity/library, 10, PASS",
        "molarity/library, 9.99, FAIL",
        "volume/library, 15, PASS",
        "volume/library, 14.9, FAIL",
        "molarity/pool, 10, PASS",
        "molarity/pool, 9.99, FAIL",
        "volume/pool, 15, PASS",
        "volume/pool, 14.9, FAIL"
    })
    void theDefaultsJudgeDomainsNumbers(String definition, String value, Outcome outcome) {
        assertThat(SEEDED.get(definition).judge(new BigDecimal(value))).isEqualTo(outcome);
    }
}
