package org.tracseq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Traffic while a test breaks something: a few threads sending requests in a loop until closed,
 * every status kept, so the test can say that none failed.
 */
final class Load implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicIntegerArray done;
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private final ExecutorService threads;

    /** @param send sends one request for the thread with the given index and answers its status */
    Load(int threadCount, IntUnaryOperator send) {
        done = new AtomicIntegerArray(threadCount);
        threads = Executors.newFixedThreadPool(threadCount);
        for (int i = 0; i < threadCount; i++) {
            int thread = i;
            threads.submit(() -> {
                while (running.get()) {
                    statuses.add(send.applyAsInt(thread));
                    done.incrementAndGet(thread);
                }
            });
        }
    }

    /** Waits until every thread has finished {@code requests} more requests. */
    void awaitEach(int requests) {
        int[] before = new int[done.length()];
        for (int i = 0; i < before.length; i++) {
            before[i] = done.get(i);
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> IntStream.range(0, before.length).allMatch(i -> done.get(i) >= before[i] + requests));
    }

    List<Integer> statuses() {
        return List.copyOf(statuses);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
}
