package org.tracseq.platform.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.Method;

/**
 * Every request body that JSON-B bound to a contract model is checked against the contract's
 * constraints before the resource runs, and refused with a 400 listing every field that breaks one.
 * This, not the generated interfaces' {@code @Valid}, checks bodies (their template leaves it out),
 * so a method can take the report over ({@link ReportsContractViolations}); parameters and headers
 * are checked by Bean Validation's method validation ({@link ConstraintViolationMapper}).
 */
@Provider
@ApplicationScoped
@ConstrainedTo(RuntimeType.SERVER)
@Priority(Priorities.USER)
public class ContractBodyChecking implements ReaderInterceptor {
    @Inject
    ContractConstraints constraints;

    @Context
    ResourceInfo resource;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body != null && ContractRules.isContractModel(body.getClass()) && !reportedByTheMethod()) {
            constraints.check(body);
        }
        return body;
    }

    private boolean reportedByTheMethod() {
        Method method = resource.getResourceMethod();
        return method != null && method.isAnnotationPresent(ReportsContractViolations.class);
    }
}
