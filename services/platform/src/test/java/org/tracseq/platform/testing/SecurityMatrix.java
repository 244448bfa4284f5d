package org.tracseq.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tracseq.platform.security.Guard;
import org.tracseq.platform.security.Role;

/**
 * Calls every operation of a contract the way an attacker or a curious user would: without a
 * token, with each of {@link TestTokens#invalid()}, and with the role just below the one the
 * resource method's {@code @RolesAllowed} names. Each must be a 401 or 403 problem+json and change
 * nothing. Then with exactly the lowest allowed role, which must get past the guard (any answer
 * but 401/403): so the matrix written in docs/security.md is what the code enforces, both ways.
 * Operations marked {@code @PermitAll} are only checked to be the contract's open ones.
 */
public final class SecurityMatrix {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final String contract;
    private final List<Class<?>> resources;
    private final Function<Role, String> tokens;

    private SecurityMatrix(String contract, List<Class<?>> resources, Function<Role, String> tokens) {
        this.contract = contract;
        this.resources = resources;
        this.tokens = tokens;
    }

    /** For a service that trusts {@link TestTokens}. */
    public static SecurityMatrix of(String contract, Class<?>... resources) {
        return new SecurityMatrix(contract, List.of(resources), TestTokens::of);
    }

    /** For the auth service, whose tokens come from its own logins. */
    public static SecurityMatrix of(String contract, Function<Role, String> tokens, Class<?>... resources) {
        return new SecurityMatrix(contract, List.of(resources), tokens);
    }

    /** One operation: how to call it and who may. */
    record Operation(
            String method, String path, String contentType, String id, Optional<Role> lowestRole, boolean open) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + id + ")";
        }
    }

    /**
     * @param state what must not change (e.g. row counts), read before and after the refused calls
     * @param openOperations the operation ids that are meant to be open
     */
    public void assertEnforced(Supplier<?> state, String... openOperations) {
        List<Operation> operations = operations();
        assertThat(operations.stream().filter(Operation::open).map(Operation::id))
                .as("operations marked @PermitAll")
                .containsExactlyInAnyOrder(openOperations);
        Map<String, String> invalid = TestTokens.invalid();
        // Tokens first: getting one may write (the auth service's tokens come from new users).
        Map<Operation, String> tooLow = new LinkedHashMap<>();
        operations.stream()
                .filter(operation -> !operation.open())
                .forEach(
                        operation -> operation.lowestRole().ifPresent(lowest -> tooLow.put(operation, tooLow(lowest))));
        Object before = state.get();
        for (Operation operation : operations) {
            if (operation.open()) {
                continue;
            }
            assertProblem(call(operation, null), 401);
            invalid.forEach((what, token) -> assertThat(
                            assertProblem(call(operation, token), 401).header("WWW-Authenticate"))
                    .as("%s with a token that is %s", operation, what)
                    .startsWith("Bearer"));
        }
        tooLow.forEach((operation, token) -> assertProblem(call(operation, token), 403));
        assertThat(state.get()).as("state after refused calls").isEqualTo(before);
        for (Operation operation : operations) {
            if (!operation.open()) {
                Role lowest = operation.lowestRole().orElse(Role.GUEST);
                assertThat(call(operation, tokens.apply(lowest)).statusCode())
                        .as("%s as %s", operation, lowest.wireValue())
                        .isNotIn(401, 403);
            }
        }
    }

    private String tooLow(Role lowest) {
        return lowest == Role.GUEST ? TestTokens.withoutRole() : tokens.apply(Role.values()[lowest.ordinal() - 1]);
    }

    private static Response call(Operation operation, String token) {
        RequestSpecification request = RestAssured.given().baseUri(TracSeqServer.baseUrl());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.contentType() != null) {
            request.contentType(operation.contentType())
                    .body(operation.contentType().contains("json") ? "{}" : "");
        }
        return request.request(operation.method().toUpperCase(), operation.path())
                .andReturn();
    }

    @SuppressWarnings("unchecked")
    private List<Operation> operations() {
        var paths =
                (Map<String, Map<String, Object>>) ContractFiles.load(contract).get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (METHODS.contains(method)) {
                var operation = (Map<String, Object>) value;
                String id = (String) operation.get("operationId");
                Guard guard = Guard.of(implementation(id));
                operations.add(new Operation(
                        method, concrete(path), contentType(operation), id, guard.lowestRole(), guard.open()));
            }
        }));
        return operations;
    }

    /** Path parameters filled with a UUID: the guard runs before any parameter is looked at. */
    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @SuppressWarnings("unchecked")
    private static String contentType(Map<String, Object> operation) {
        var body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return null;
        }
        return ((Map<String, Object>) body.get("content")).keySet().iterator().next();
    }

    private Method implementation(String operationId) {
        return resources.stream()
                .flatMap(resource -> Arrays.stream(resource.getMethods()))
                .filter(method -> method.getName().equals(operationId)
                        && !method.isBridge()
                        && !method.getDeclaringClass().isInterface())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No resource method implements " + operationId));
    }
}
