package org.tracseq.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tracseq.platform.security.Guard;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.Contract.Operation;

/**
 * The role guards in the code are the ones the contract publishes: every resource method of the
 * service {@code org.tracseq.<name>} is matched to its contract operation by HTTP method and path
 * (from the generated interface's JAX-RS annotations, as the server routes it) and must be
 * {@code @PermitAll} where the operation says {@code security: []}, and otherwise name in
 * {@code @RolesAllowed} a role whose holders and everyone above are exactly the operation's
 * {@code x-roles}. Every operation must be implemented, and nothing served that the contract lacks.
 * A unit test: no server. A service wires it with one line:
 *
 * <pre>
 * &#64;Test void guardsAreTheContracts() { ContractRoles.assertGuardsMatch("samples"); }
 * </pre>
 */
public final class ContractRoles {
    private ContractRoles() {}

    public static void assertGuardsMatch(String service) {
        assertThat(mismatches(Contract.of(service), resources("org.tracseq." + service.replace("-", ""))))
                .as("resource guards vs. the x-roles and security of contract %s", service)
                .isEmpty();
    }

    /** What differs, one line each; empty when code and contract agree. */
    static List<String> mismatches(Contract contract, List<Class<?>> resources) {
        Map<String, Operation> operations = new HashMap<>();
        contract.operations()
                .forEach(operation -> operations.put(key(operation.method(), operation.path()), operation));
        List<String> mismatches = new ArrayList<>();
        List<Endpoint> endpoints =
                resources.stream().flatMap(ContractRoles::endpoints).toList();
        for (Endpoint endpoint : endpoints) {
            Operation operation = operations.remove(endpoint.key());
            if (operation == null) {
                mismatches.add(endpoint + " is not in the contract");
            } else {
                check(endpoint, operation).ifPresent(mismatches::add);
            }
        }
        operations.values().forEach(operation -> mismatches.add(operation + " has no resource method"));
        return mismatches;
    }

    private static Optional<String> check(Endpoint endpoint, Operation operation) {
        Guard guard = Guard.of(endpoint.method());
        if (operation.open() || guard.open()) {
            return operation.open() == guard.open()
                    ? Optional.empty()
                    : Optional.of(endpoint + (guard.open() ? " is @PermitAll" : " is guarded")
                            + " but the contract says " + access(operation));
        }
        List<String> admitted = guard.lowestRole()
                .map(lowest -> Arrays.stream(Role.values())
                        .filter(role -> role.atLeast(lowest))
                        .map(Role::wireValue)
                        .toList())
                .orElse(List.of());
        return admitted.equals(operation.roles())
                ? Optional.empty()
                : Optional.of(endpoint + " admits " + (admitted.isEmpty() ? "any signed-in caller" : admitted)
                        + " (@RolesAllowed " + guard.roles() + ") but the contract says " + access(operation));
    }

    private static String access(Operation operation) {
        return operation.open() ? "security: [] (open)" : "x-roles " + operation.roles();
    }

    /** A resource method as the server routes it. */
    private record Endpoint(String httpMethod, String path, Method method) {
        String key() {
            return ContractRoles.key(httpMethod, path);
        }

        @Override
        public String toString() {
            return httpMethod + " " + path + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + ")";
        }
    }

    /** The service's JAX-RS resources: its concrete classes with {@code @Path}. */
    private static List<Class<?>> resources(String servicePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(servicePackage).stream()
                        .filter(javaClass -> javaClass.isAnnotatedWith(Path.class))
                        .<Class<?>>map(JavaClass::reflect)
                        .filter(resource -> !resource.isInterface() && !Modifier.isAbstract(resource.getModifiers()))
                        .toList();
    }

    private static Stream<Endpoint> endpoints(Class<?> resource) {
        String classPath = resource.getAnnotation(Path.class).value();
        return Arrays.stream(resource.getMethods())
                .filter(method ->
                        !method.isBridge() && !method.getDeclaringClass().isInterface())
                .flatMap(method -> routed(resource, method)
                        .map(annotated -> new Endpoint(
                                httpMethod(annotated).orElseThrow(),
                                join(
                                        classPath,
                                        annotated.isAnnotationPresent(Path.class)
                                                ? annotated
                                                        .getAnnotation(Path.class)
                                                        .value()
                                                : ""),
                                method))
                        .stream());
    }

    /**
     * The method that carries the JAX-RS annotations for {@code method}: itself, or the interface
     * method it implements (JAX-RS inherits them from there); empty when it is no resource method.
     */
    private static Optional<Method> routed(Class<?> resource, Method method) {
        if (httpMethod(method).isPresent()) {
            return Optional.of(method);
        }
        return Arrays.stream(resource.getInterfaces())
                .flatMap(api -> {
                    try {
                        return Stream.of(api.getMethod(method.getName(), method.getParameterTypes()));
                    } catch (NoSuchMethodException e) {
                        return Stream.empty();
                    }
                })
                .filter(declared -> httpMethod(declared).isPresent())
                .findFirst();
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .filter(type -> type.isAnnotationPresent(HttpMethod.class))
                .map(type -> type.getAnnotation(HttpMethod.class).value())
                .findFirst();
    }

    /** A path as the contract writes it ({@code /}, {@code /{sampleId}/status}) from class and method paths. */
    private static String join(String classPath, String methodPath) {
        String path = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String key(String method, String path) {
        return method.toUpperCase() + " " + join(path, "");
    }
}
