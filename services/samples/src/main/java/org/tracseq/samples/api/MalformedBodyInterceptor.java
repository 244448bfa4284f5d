package org.tracseq.samples.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.tracseq.platform.problem.ProblemException;

/**
 * Liberty's JSON-B provider throws JsonbException unwrapped when a body is not valid JSON or has a
 * value its model cannot take (an unknown enum value, text for a number). The platform's
 * malformed-body mapper only sees ProcessingException, so without this such requests became 500s.
 * Catching it around reading only (not writing) keeps a server-side serialisation fault a 500.
 */
@Provider
public class MalformedBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (JsonbException | JsonException e) {
            throw new ProblemException(400, "malformed-json", "Malformed request body",
                    "The request body could not be read: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
