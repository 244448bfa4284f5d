package org.tracseq.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import java.lang.annotation.Annotation;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OffsetDateTimeParamConverterTest {
    private final OffsetDateTimeParamConverter provider = new OffsetDateTimeParamConverter();
    private final jakarta.ws.rs.ext.ParamConverter<OffsetDateTime> converter =
            provider.getConverter(OffsetDateTime.class, OffsetDateTime.class, new Annotation[0]);

    @Test
    void takesAnIsoDateTimeWithItsOffset() {
        assertThat(converter.fromString("2026-01-31T12:00:00+01:00"))
                .isEqualTo(OffsetDateTime.parse("2026-01-31T12:00:00+01:00"));
        assertThat(converter.fromString("0001-01-01T00:00:00Z").getYear()).isEqualTo(1);
        assertThat(converter.fromString("9999-12-31T23:59:59Z").getYear()).isEqualTo(9999);
    }

    @Test
    void refusesWhatIsNotOne() {
        assertThatThrownBy(() -> converter.fromString("31/01/2026"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("is not an ISO-8601 date-time");
    }

    /** PostgreSQL cannot hold these; they are refused here rather than by the query. */
    @Test
    void refusesYearsNoDatabaseHolds() {
        for (String time :
                new String[] {"+292278994-08-17T07:12:55Z", "-292275055-05-16T16:47:04Z", "+10000-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> converter.fromString(time))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("must be between the years 1 and 9999");
        }
    }
}
