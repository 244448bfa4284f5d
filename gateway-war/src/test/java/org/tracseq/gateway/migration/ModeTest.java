package org.tracseq.gateway.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.ProblemException;

class ModeTest {

    @Test
    void modesParseAndPrintTheSameWay() {
        for (String text : new String[] {"service", "monolith", "split:30"}) {
            assertThat(Mode.parse(text)).hasToString(text);
        }
        assertThat(Mode.parse("split:100")).isEqualTo(Mode.SERVICE);
        assertThat(Mode.parse("split:0")).isEqualTo(Mode.MONOLITH);
    }

    @Test
    void anythingElseIsABadRequest() {
        for (String text : new String[] {"", "services", "split:", "split:101", "split:-1", "split:x"}) {
            assertThatThrownBy(() -> Mode.parse(text))
                    .as(text)
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            problem -> assertThat(problem.status()).isEqualTo(400));
        }
    }

    @Test
    void aSplitSendsItsShareToTheServiceAndEachCallerAlwaysTheSameWay() {
        Mode thirty = Mode.parse("split:30");
        long toService = IntStream.range(0, 10_000)
                .filter(i -> thirty.toService("sub:user-" + i))
                .count();
        System.out.println("split:30 sent " + toService + " of 10000 callers to the service");
        assertThat(toService).isBetween(2_700L, 3_300L);
        for (int i = 0; i < 100; i++) {
            assertThat(thirty.toService("sub:user-" + i)).isEqualTo(thirty.toService("sub:user-" + i));
        }
        assertThat(Mode.SERVICE.toService("anyone")).isTrue();
        assertThat(Mode.MONOLITH.toService("anyone")).isFalse();
    }
}
