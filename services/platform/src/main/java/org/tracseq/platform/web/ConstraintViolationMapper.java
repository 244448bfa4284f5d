package org.tracseq.platform.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;

/** Bean Validation failures as a validation problem with one entry per violated field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(String.valueOf(v.getPropertyPath()), v.getMessage()))
                .toList();
        return Problems.response(new ValidationProblem(errors).toProblem(Problems.instance(uriInfo)));
    }
}
