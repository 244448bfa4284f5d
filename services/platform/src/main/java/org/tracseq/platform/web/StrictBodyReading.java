package org.tracseq.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.tracseq.platform.json.StrictJson;

/**
 * Every JSON request body passes {@link StrictJson} before JSON-B binds it, so a body the contract
 * does not allow is a 400 naming its fields, in every service, before any resource runs. First among
 * the interceptors: a service's own (e.g. one keeping the raw merge patch) sees checked JSON only.
 */
@Provider
@Priority(Priorities.ENTITY_CODER - 1000)
public class StrictBodyReading implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || isRaw(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (StrictJson.read(body, context.getGenericType()).isEmpty()) {
            return null; // no body: the resource says whether it needed one (Bodies.required)
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type == null
                || type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase().endsWith("+json");
    }

    /** Bodies a resource reads itself. */
    private static boolean isRaw(Class<?> type) {
        return type == String.class
                || type == byte[].class
                || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type);
    }
}
