package org.tracseq.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

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
}
