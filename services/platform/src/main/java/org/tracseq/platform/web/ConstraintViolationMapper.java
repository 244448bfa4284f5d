package org.tracseq.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parameters and headers that break the contract's constraints (generated on the JAX-RS interfaces,
 * checked by Bean Validation's method validation before the resource runs): a validation problem
 * naming each by its name on the wire ({@code size}, {@code Idempotency-Key}).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context
    UriInfo uriInfo;

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<ContractConstraints.Broken> broken = e.getConstraintViolations().stream()
                .map(v -> ContractConstraints.Broken.of(v, wireName(v)))
                .sorted(Comparator.comparing(b -> b.error().field()))
                .toList();
        return Problems.response(ContractConstraints.problem(broken).toProblem(Problems.instance(uriInfo)));
    }

    /** The parameter's name on the wire, then the path within it; the method's name is left out. */
    private String wireName(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parts.add(wireName(node.as(Path.ParameterNode.class).getParameterIndex(), node.getName()));
            } else if (node.getKind() != ElementKind.METHOD) {
                parts.add((node.isInIterable() ? "[" + node.getIndex() + "]." : "") + node.getName());
            }
        }
        return String.join(".", parts).replace(".[", "[");
    }

    private String wireName(int index, String javaName) {
        Method method = resource.getResourceMethod();
        for (Method declared : declarations(method)) {
            for (Annotation annotation : declared.getParameterAnnotations()[index]) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
                if (annotation instanceof HeaderParam header) {
                    return header.value();
                }
                if (annotation instanceof PathParam path) {
                    return path.value();
                }
            }
        }
        return javaName;
    }

    /** The method and the interface methods it implements, where the generated annotations are. */
    private static List<Method> declarations(Method method) {
        List<Method> declarations = new ArrayList<>();
        if (method == null) {
            return declarations;
        }
        declarations.add(method);
        for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
            try {
                declarations.add(type.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException notDeclaredThere) {
                // an interface of another concern
            }
        }
        return declarations;
    }
}
