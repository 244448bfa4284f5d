package org.tracseq.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;

class StrictJsonTest {
    /** Shaped like the generated contract models: protected fields named by JSON-B, with setters. */
    public static class Batch {
        @JsonbProperty("atomic")
        protected Boolean atomic;

        @JsonbProperty("count")
        protected Integer count;

        @JsonbProperty("rows")
        protected List<Row> rows;

        @JsonbTransient
        private String computed;

        public void setAtomic(Boolean atomic) {
            this.atomic = atomic;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        public void setRows(List<Row> rows) {
            this.rows = rows;
        }
    }

    public static class Row {
        @JsonbProperty("name")
        protected String name;

        @JsonbProperty("type")
        protected Kind type;

        @JsonbProperty("volume")
        protected Double volume;

        @JsonbProperty("parentId")
        protected UUID parentId;

        @JsonbProperty("takenAt")
        protected OffsetDateTime takenAt;

        @JsonbProperty("metadata")
        protected Map<String, Object> metadata;

        public void setName(String name) {
            this.name = name;
        }

        public void setType(Kind type) {
            this.type = type;
        }

        public void setVolume(Double volume) {
            this.volume = volume;
        }

        public void setParentId(UUID parentId) {
            this.parentId = parentId;
        }

        public void setTakenAt(OffsetDateTime takenAt) {
            this.takenAt = takenAt;
        }

        public void setMetadata(Map<String, Object> metadata) {
            this.metadata = metadata;
        }
    }

    /** Generated enums write their wire value with toString. */
    public enum Kind {
        DNA("dna"),
        CELL_CULTURE("cell_culture");

        private final String value;

        Kind(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    public record Mode(String mode, boolean drain) {}

    @Test
    void aValidBodyPasses() {
        String body = """
                {"atomic": true, "count": 2, "rows": [{"name": "liver\\n2nd\\tcut", "type": "cell_culture",
                  "volume": 12.5, "parentId": "3f2c0b8e-1d2a-4c5b-9e8f-0a1b2c3d4e5f",
                  "takenAt": "2026-01-31T12:00:00Z", "metadata": {"site": {"freezer": [1, "a"]}}, "volume": null}]}
                """;
        assertThat(StrictJson.read(bytes(body), Batch.class)).isPresent();
        assertThat(StrictJson.read(bytes("{\"mode\":\"extracted\",\"drain\":false}"), Mode.class))
                .isPresent();
    }

    @Test
    void anEmptyBodyIsNoBody() {
        assertThat(StrictJson.read(bytes(" \n"), Batch.class)).isEmpty();
    }

    @Test
    void aBooleanIsTrueOrFalseNotAWord() {
        assertThat(errors("{\"atomic\": \"yes\"}", Batch.class))
                .containsExactly(new FieldError("atomic", "must be true or false"));
    }

    @Test
    void aWholeNumberIsNeverTruncated() {
        assertThat(errors("{\"count\": 1.5}", Batch.class))
                .containsExactly(new FieldError("count", "must be a whole number"));
        assertThat(errors("{\"count\": 1e12}", Batch.class)).containsExactly(new FieldError("count", "is too large"));
        assertThat(errors("{\"count\": 1e999999999}", Batch.class)).isNotEmpty();
    }

    @Test
    void anArrayIsNotAScalar() {
        assertThat(errors("{\"count\": [5]}", Batch.class))
                .containsExactly(new FieldError("count", "must be a whole number"));
        assertThat(errors("{\"rows\": [{\"name\": [\"a\", \"b\"]}]}", Batch.class))
                .containsExactly(new FieldError("rows[0].name", "must be a string"));
    }

    @Test
    void nothingMayFollowTheDocument() {
        assertThat(errors("{\"count\": 1} junk", Batch.class)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("body");
            assertThat(error.message()).contains("more after the JSON document");
        });
    }

    @Test
    void malformedJsonSaysWhereNotWhichParser() {
        assertThat(errors("{\"count\": }", Batch.class)).singleElement().satisfies(error -> {
            assertThat(error.message()).startsWith("cannot be read: it is not valid JSON near line 1");
            assertThat(error.message()).doesNotContain("Exception", "org.", "jakarta.");
        });
        assertThat(errors("{\"count\": 1", Batch.class))
                .singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("cannot be read"));
    }

    @Test
    void aBodyIsUtf8() {
        byte[] latin1 = {'{', '"', 'c', 'o', 'u', 'n', 't', '"', ':', '"', (byte) 0xe9, '"', '}'};
        assertThatThrownBy(() -> StrictJson.read(latin1, Batch.class))
                .isInstanceOfSatisfying(
                        ValidationProblem.class,
                        problem -> assertThat(problem.toProblem("/").getErrors())
                                .containsExactly(new FieldError("body", "cannot be read: it is not UTF-8")));
    }

    @Test
    void unknownAndReadOnlyFieldsAreNamed() {
        assertThat(errors("{\"count\": 1, \"status\": \"validated\", \"computed\": \"x\"}", Batch.class))
                .extracting(FieldError::field)
                .containsExactly("status", "computed");
        assertThat(errors("{\"id\": 1}", Batch.class))
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("atomic, count, rows"));
    }

    @Test
    void controlCharactersAreRefusedWhereverTextGoes() {
        assertThat(errors("{\"rows\": [{\"name\": \"a\\u0000b\"}]}", Batch.class))
                .containsExactly(new FieldError(
                        "rows[0].name", "must not contain the control character U+0000 (at character 2)"));
        assertThat(errors("{\"rows\": [{\"metadata\": {\"k\\u001b\": [\"\\u0007\"]}}]}", Batch.class))
                .extracting(FieldError::field)
                .containsExactly("rows[0].metadata.k\u001b", "rows[0].metadata.k\u001b[0]");
    }

    @Test
    void nestingIsBoundedBeforeAnythingRecurses() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertThat(errors("{\"rows\": [{\"metadata\": {\"a\": " + deep + "}}]}", Batch.class))
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("nested deeper than 32 levels"));
    }

    @Test
    void datesStayWithinTheYearsADatabaseHolds() {
        assertThat(errors("{\"rows\": [{\"takenAt\": \"+292278994-08-17T07:12:55Z\"}]}", Batch.class))
                .containsExactly(new FieldError("rows[0].takenAt", "must be between the years 1 and 9999"));
        assertThat(errors("{\"rows\": [{\"takenAt\": \"yesterday\"}]}", Batch.class))
                .containsExactly(new FieldError("rows[0].takenAt", "must be a date-time such as 2026-01-31T12:00:00Z"));
    }

    @Test
    void enumsUuidsAndNumbersAreCheckedByValue() {
        assertThat(errors(
                        "{\"rows\": [{\"type\": \"DNA\", \"parentId\": \"1-1-1-1-1\", \"volume\": 1e400}]}",
                        Batch.class))
                .containsExactly(
                        new FieldError("rows[0].type", "must be one of cell_culture, dna (not \"DNA\")"),
                        new FieldError(
                                "rows[0].parentId", "must be a UUID such as 3f2c0b8e-1d2a-4c5b-9e8f-0a1b2c3d4e5f"),
                        new FieldError("rows[0].volume", "is out of range"));
        assertThat(errors("{\"rows\": [{\"volume\": 1" + "0".repeat(5000) + "}]}", Batch.class))
                .containsExactly(new FieldError(
                        "body", "cannot be read: it holds a number with more digits than any field takes"));
    }

    @Test
    void theShapeOfTheRootAndOfFreeFormObjectsIsKept() {
        assertThat(errors("[]", Batch.class)).containsExactly(new FieldError("body", "must be an object"));
        assertThat(errors("[]", JsonObject.class)).containsExactly(new FieldError("body", "must be an object"));
        assertThat(errors("{\"rows\": [{\"metadata\": []}]}", Batch.class))
                .containsExactly(new FieldError("rows[0].metadata", "must be an object"));
        assertThat(errors("{\"drain\": null}", Mode.class))
                .containsExactly(new FieldError("drain", "must not be null"));
    }

    private static List<FieldError> errors(String body, Type target) {
        try {
            StrictJson.read(bytes(body), target);
        } catch (ValidationProblem problem) {
            return problem.toProblem("/test").getErrors();
        }
        throw new AssertionError("accepted " + body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
