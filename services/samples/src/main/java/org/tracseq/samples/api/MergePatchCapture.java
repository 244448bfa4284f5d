package org.tracseq.samples.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.tracseq.contract.samples.model.SamplePatch;
import org.tracseq.platform.problem.ProblemException;

/**
 * A JSON merge patch means different things for a member left out (keep) and a member set to null
 * (clear); the typed {@link SamplePatch} cannot tell them apart. This keeps the raw JSON object of
 * a patch as a request property ({@value #PROPERTY}, a servlet request attribute) next to the
 * typed model JSON-B reads as usual.
 */
@Provider
public class MergePatchCapture implements ReaderInterceptor {
    static final String PROPERTY = "org.tracseq.samples.mergePatch";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() != SamplePatch.class) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonObject raw = reader.readObject();
            context.setProperty(PROPERTY, raw);
        } catch (JsonException | IllegalStateException e) {
            throw ProblemException.badRequest("A merge patch must be a JSON object, e.g. {\"name\": \"new name\"}");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
