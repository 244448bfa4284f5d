package org.tracseq.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.Contract.Operation;

/**
 * Calls every operation of a contract the way an attacker or a curious user would: without a
 * token, with each of {@link TestTokens#invalid()}, and with the role just below the lowest of its
 * {@code x-roles}. Each must be a 401 or 403 problem+json and change nothing. Then with exactly that
 * lowest role, which must get past the guard (any answer but 401/403), and every open operation
 * ({@code security: []}) without a token, which must not be refused for it. The roles come from the
 * contract, not from the annotations under test ({@link ContractRoles} checks those agree), so the
 * matrix the contract publishes is what the running service enforces, both ways.
 */
public final class SecurityMatrix {
    private final Contract contract;
    private final Function<Role, String> tokens;
    /** A valid token below {@code guest}, where the service trusts one. */
    private final Optional<Supplier<String>> withoutRole;

    private SecurityMatrix(Contract contract, Function<Role, String> tokens, Optional<Supplier<String>> withoutRole) {
        this.contract = contract;
        this.tokens = tokens;
        this.withoutRole = withoutRole;
    }

    /** For a service that trusts {@link TestTokens}. */
    public static SecurityMatrix of(String contract) {
        return new SecurityMatrix(Contract.of(contract), TestTokens::of, Optional.of(TestTokens::withoutRole));
    }

    /**
     * For the auth service, whose tokens come from its own logins. Every one of them carries a
     * role, so an operation open to {@code guest} has no role too low to try.
     */
    public static SecurityMatrix of(String contract, Function<Role, String> tokens) {
        return new SecurityMatrix(Contract.of(contract), tokens, Optional.empty());
    }

    /** @param state what must not change (e.g. row counts), read before and after the refused calls */
    public void assertEnforced(Supplier<?> state) {
        List<Operation> operations = contract.operations();
        List<Operation> guarded =
                operations.stream().filter(operation -> !operation.open()).toList();
        Map<String, String> invalid = TestTokens.invalid();
        // Tokens first: getting one may write (the auth service's tokens come from new users). One
        // token per role serves every refused call, which by definition changes nothing.
        Map<Role, Optional<String>> tooLowByRole = new EnumMap<>(Role.class);
        Map<Operation, String> tooLow = new LinkedHashMap<>();
        guarded.forEach(operation -> tooLowByRole
                .computeIfAbsent(lowest(operation), this::tooLow)
                .ifPresent(token -> tooLow.put(operation, token)));
        Object before = state.get();
        for (Operation operation : guarded) {
            assertProblem(call(operation, null), 401);
            invalid.forEach((what, token) -> assertThat(
                            assertProblem(call(operation, token), 401).header("WWW-Authenticate"))
                    .as("%s with a token that is %s", operation, what)
                    .startsWith("Bearer"));
        }
        tooLow.forEach((operation, token) -> assertProblem(call(operation, token), 403));
        assertThat(state.get()).as("state after refused calls").isEqualTo(before);
        for (Operation operation : operations) {
            Role lowest = operation.open() ? null : lowest(operation);
            assertThat(call(operation, lowest == null ? null : tokens.apply(lowest))
                            .statusCode())
                    .as("%s as %s", operation, lowest == null ? "anyone (open)" : lowest.wireValue())
                    .isNotIn(401, 403);
        }
    }

    private static Role lowest(Operation operation) {
        return operation
                .lowestRole()
                .orElseThrow(() -> new AssertionError(operation + " is neither open nor names a known role"));
    }

    private Optional<String> tooLow(Role lowest) {
        return lowest == Role.GUEST
                ? withoutRole.map(Supplier::get)
                : Optional.of(tokens.apply(Role.values()[lowest.ordinal() - 1]));
    }

    private static Response call(Operation operation, String token) {
        RequestSpecification request = RestAssured.given().baseUri(TracSeqServer.baseUrl());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        operation.contentType().ifPresent(type -> request.contentType(type).body(type.contains("json") ? "{}" : ""));
        return request.request(operation.method().toUpperCase(), concrete(operation.path()))
                .andReturn();
    }

    /** Path parameters filled with a UUID: the guard runs before any parameter is looked at. */
    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
