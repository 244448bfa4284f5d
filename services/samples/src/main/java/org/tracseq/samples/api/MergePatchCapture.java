package org.tracseq.samples.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.tracseq.contract.samples.model.SamplePatch;
import org.tracseq.platform.problem.ProblemException;

/**
 * A JSON merge patch means different things for a member left out (keep) and a member set to null
 * (clear); the typed {@link SamplePatch} cannot tell them apart. This reads a patch body into a
 * {@link MergePatch}: the typed model JSON-B fills as usual, plus the raw JSON object.
 */
@Provider
public class MergePatchCapture implements ReaderInterceptor {

    /** A sample patch that also keeps the JSON object it was read from. */
    public static class MergePatch extends SamplePatch {
        @JsonbTransient
        private JsonObject raw;

        JsonObject raw() {
            return raw;
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() != SamplePatch.class) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        JsonObject raw;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            raw = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ProblemException.badRequest("A merge patch must be a JSON object, e.g. {\"name\": \"new name\"}");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        context.setType(MergePatch.class);
        context.setGenericType(MergePatch.class);
        MergePatch patch = (MergePatch) context.proceed();
        patch.raw = raw;
        return patch;
    }
}
