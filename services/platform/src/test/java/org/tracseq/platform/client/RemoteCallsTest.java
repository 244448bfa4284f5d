package org.tracseq.platform.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.Problem;
import org.tracseq.platform.problem.ProblemException;

/** The one mapping of another service's failures: what the policy retries, what is passed on, what becomes 503. */
class RemoteCallsTest {
    private static final Supplier<String> NEVER_REFUSED = () -> "answer";

    private static RemoteProblemException answered(int status) {
        return new RemoteProblemException(
                status, new Problem(null, "x", status, "its own detail", null, null, List.of()));
    }

    private static <T> T call(Supplier<T> call) {
        return RemoteCalls.invoke("qaqc", call, e -> new ProblemException(409, "qaqc-refused", "Refused", "worded"));
    }

    @Test
    void anAnswerIsReturnedAsItIs() {
        assertThat(call(NEVER_REFUSED)).isEqualTo("answer");
    }

    @Test
    void transientAnswersAndNoAnswerAreFailuresThePolicyRetries() {
        for (int status : new int[] {500, 502, 503, 429}) {
            assertThatThrownBy(() -> call(() -> {
                        throw answered(status);
                    }))
                    .isInstanceOfSatisfying(RemoteServiceFailure.class, failure -> {
                        assertThat(failure.service()).isEqualTo("qaqc");
                        assertThat(failure).hasMessage("The qaqc service answered " + status);
                    });
        }
        assertThatThrownBy(() -> call(() -> {
                    throw new ProcessingException("connection refused");
                }))
                .isInstanceOf(RemoteServiceFailure.class)
                .hasMessage("The qaqc service cannot be reached");
    }

    @Test
    void unauthenticatedAndForbiddenArePassedOnWithTheServicesDetail() {
        assertThatThrownBy(() -> call(() -> {
                    throw answered(401);
                }))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(401);
                    assertThat(problem.type()).endsWith("/unauthenticated");
                    assertThat(problem).hasMessage("The qaqc service refused this request: its own detail");
                });
        assertThatThrownBy(() -> call(() -> {
                    throw answered(403);
                }))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(403);
                    assertThat(problem.type()).endsWith("/forbidden");
                });
    }

    @Test
    void anyOtherRefusalIsTheClientsToWord() {
        assertThatThrownBy(() -> call(() -> {
                    throw answered(422);
                }))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem).hasMessage("worded");
                });
    }

    @Test
    void aPolicyThatGivesUpIs503WithRetryAfter() {
        List<RuntimeException> givingUp = List.of(
                new RemoteServiceFailure("qaqc", "down", null),
                new TimeoutException("slow"),
                new CircuitBreakerOpenException("open"));
        for (RuntimeException reason : givingUp) {
            assertThatThrownBy(() -> RemoteCalls.underPolicy(
                            operation -> {
                                throw reason;
                            },
                            NEVER_REFUSED,
                            "qaqc is unavailable; nothing was written",
                            7))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(503);
                        assertThat(problem.retryAfterSeconds()).hasValue(7);
                        assertThat(problem).hasMessage("qaqc is unavailable; nothing was written");
                    });
        }
        assertThat(RemoteCalls.underPolicy(Supplier::get, NEVER_REFUSED, "unused", 7))
                .isEqualTo("answer");
    }
}
