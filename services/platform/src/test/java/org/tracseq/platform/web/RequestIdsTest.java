package org.tracseq.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RequestIdsTest {
    @Test
    void keepsAWellFormedIncomingId() {
        assertThat(RequestIds.acceptOrCreate("abc-123.x:y")).isEqualTo("abc-123.x:y");
    }

    @Test
    void replacesMissingOrHostileIds() {
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
        assertThat(RequestIds.acceptOrCreate("line\nbreak")).hasSize(36).doesNotContain("\n");
        assertThat(RequestIds.acceptOrCreate("x".repeat(101))).hasSize(36);
    }

    @Test
    void carriedWorkSeesTheIdOnAnotherThreadWhichKeepsNothingAfterwards() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        RequestIds.bind("rid-1");
        try {
            Supplier<Optional<String>> work = RequestIds.carriedTo(RequestIds::current);
            assertThat(pool.submit(work::get).get()).contains("rid-1");
            assertThat(pool.submit(RequestIds::current).get()).isEmpty();
        } finally {
            RequestIds.clear();
            pool.shutdown();
        }
    }

    @Test
    void workWithinAnEventsRequestSeesItsIdAndTheThreadGetsItsOwnBack() {
        List<Optional<String>> seen = new ArrayList<>();
        RequestIds.within("event-rid", () -> seen.add(RequestIds.current()));
        assertThat(seen).containsExactly(Optional.of("event-rid"));
        assertThat(RequestIds.current()).isEmpty();

        RequestIds.bind("own-rid");
        try {
            assertThatThrownBy(() -> RequestIds.within("event-rid", () -> {
                        throw new IllegalStateException("refused");
                    }))
                    .hasMessage("refused");
            assertThat(RequestIds.current()).contains("own-rid");
        } finally {
            RequestIds.clear();
        }
    }
}
