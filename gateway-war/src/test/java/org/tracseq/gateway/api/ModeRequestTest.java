package org.tracseq.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.gateway.migration.Mode;
import org.tracseq.platform.problem.ProblemException;

class ModeRequestTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"mode\": \"service\"}  | service",
                "{\"mode\":\"split:30\"}  | split:30",
                " {\"mode\": \"monolith\"} | monolith"
            })
    void readsTheMode(String body, String mode) {
        assertThat(ModeRequest.read(body)).isEqualTo(Mode.parse(mode));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[]                                  | not an array",
                "\"service\"                         | not a string",
                "null                                | not null",
                "{\"mode\": 5}                       | \"mode\" is a string, not a number",
                "{\"mode\": [\"service\"]}           | \"mode\" is a string, not an array",
                "{\"mode\": {\"x\": 1}}              | \"mode\" is a string, not an object",
                "{\"mode\": \"service\", \"x\": 1}   | unknown field 'x'",
                "{\"mode\": \"service\", \"mode\": \"monolith\"} | \"mode\" is given twice",
                "{}                                  | \"mode\" is missing",
                "{\"mode\": \"service\"} {}          | EOF",
                "{\"mode\": \"service\"              | it is not valid JSON",
                "{\"mode\": \"serv                   | it is not valid JSON",
                "{mode: service}                     | it is not valid JSON",
                "{\"mode\": \"sometimes\"}           | not 'sometimes'"
            })
    void refusesAnythingElseSayingWhatIsWrong(String body, String says) {
        assertThatThrownBy(() -> ModeRequest.read(body))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(400))
                .hasMessageContaining(says);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesAnEmptyBody(String body) {
        assertThatThrownBy(() -> ModeRequest.read(body)).hasMessageContaining("it is empty");
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000})
    void refusesDeepNestingAtItsFirstToken(int depth) {
        assertThatThrownBy(() -> ModeRequest.read("[".repeat(depth) + "]".repeat(depth)))
                .hasMessageContaining("not an array");
        assertThatThrownBy(() -> ModeRequest.read("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)))
                .hasMessageContaining("unknown field 'a'");
        assertThatThrownBy(() -> ModeRequest.read("{\"mode\":" + "[".repeat(depth) + "]".repeat(depth) + "}"))
                .hasMessageContaining("not an array");
    }
}
