package org.tracseq.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import org.tracseq.platform.json.ControlCharacters;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;

/**
 * Path and query parameters (a search's {@code q}, a barcode in the path) with a control character
 * are refused before any resource runs, as body text is ({@link StrictBodyReading}): no parameter
 * has a reason to hold one, and the database cannot even compare U+0000. Before authentication, so
 * the answer is the same 400 for anyone.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class ParameterTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(), errors);
        check(request.getUriInfo().getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        parameters.forEach((name, values) -> {
            ControlCharacters.find(name, false)
                    .ifPresent(found -> errors.add(new FieldError("parameter", "a name must not contain " + found)));
            for (String value : values) {
                ControlCharacters.find(value, false)
                        .ifPresent(found -> errors.add(new FieldError(name, "must not contain " + found)));
            }
        });
    }
}
