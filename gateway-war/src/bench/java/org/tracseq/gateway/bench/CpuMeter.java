package org.tracseq.gateway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * Where the machine's CPU goes while the benchmark runs: the service, the proxy in front of it,
 * Redis, PostgreSQL, the load generator (this JVM), and the machine's whole busy time
 * ({@code /proc/stat}). What is busy but in none of those processes is mostly the kernel's loopback
 * networking. Steal is time the hypervisor gave to other machines: on a shared host, why the same
 * code runs at very different speeds from one run to the next.
 */
final class CpuMeter {
    /** {@code /proc/stat} counts in clock ticks: 100 per second on Linux (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000;

    private final Supplier<Duration> service;

    CpuMeter(Supplier<Duration> service) {
        this.service = service;
    }

    /** CPU time so far; only differences between two readings mean anything. */
    record Reading(
            Duration service,
            Duration proxy,
            Duration redis,
            Duration postgresql,
            Duration loadGenerator,
            Duration busy,
            Duration steal) {
        Reading minus(Reading before) {
            return combine(before, Duration::minus);
        }

        Reading plus(Reading other) {
            return combine(other, Duration::plus);
        }

        private Reading combine(Reading other, BinaryOperator<Duration> operator) {
            return new Reading(
                    operator.apply(service, other.service),
                    operator.apply(proxy, other.proxy),
                    operator.apply(redis, other.redis),
                    operator.apply(postgresql, other.postgresql),
                    operator.apply(loadGenerator, other.loadGenerator),
                    operator.apply(busy, other.busy),
                    operator.apply(steal, other.steal));
        }

        /** Busy time in none of the processes named. */
        Duration rest() {
            return busy.minus(service)
                    .minus(proxy)
                    .minus(redis)
                    .minus(postgresql)
                    .minus(loadGenerator);
        }
    }

    Reading read(Supplier<Duration> proxy) {
        long[] machine = machineTicks();
        // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest is inside user)
        long busy = machine[0] + machine[1] + machine[2] + machine[5] + machine[6];
        return new Reading(
                service.get(),
                proxy.get(),
                cpuOf("redis-server"),
                cpuOf("postgres"),
                ProcessHandle.current().info().totalCpuDuration().orElseThrow(),
                Duration.ofNanos(busy * NANOS_PER_TICK),
                Duration.ofNanos(machine[7] * NANOS_PER_TICK));
    }

    /**
     * Every process of the named program, e.g. all of PostgreSQL's backends. By the kernel's name for
     * it, not the executable's path: Debian's {@code redis-server} is a link to {@code redis-check-rdb}.
     */
    private static Duration cpuOf(String program) {
        return ProcessHandle.allProcesses()
                .filter(process -> program.equals(kernelName(process.pid())))
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static String kernelName(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm"))
                    .trim();
        } catch (IOException gone) {
            return "";
        }
    }

    private static long[] machineTicks() {
        try {
            String all = Files.readAllLines(Path.of("/proc/stat")).get(0);
            return Arrays.stream(all.substring("cpu".length()).trim().split("\\s+"))
                    .mapToLong(Long::parseLong)
                    .toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
