package org.tracseq.gateway.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tracseq.platform.problem.ProblemException;

/**
 * The web UI at {@code /}: the page and its assets from the frontend module's jar
 * ({@code META-INF/tracseq-ui/}). Open to everyone, as a sign-in page must be; every call the page
 * makes goes through {@code /api} with the user's token. The page's screens are chosen after the
 * {@code #}, so one document serves them all.
 */
@Path("/")
@PermitAll
@ApplicationScoped
public class WebUiResource {
    private static final String ROOT = "/META-INF/tracseq-ui/";

    /**
     * Scripts, styles, images and calls from this origin only: an injected script or inline
     * handler does not run, and the page cannot be framed. The Swagger UI page (/api/docs) keeps its
     * own inline start-up script and so has no such header.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Vite names each asset after its content, so a name never changes meaning. */
    private static final CacheControl FOREVER = CacheControl.valueOf("public, max-age=31536000, immutable");
    /** The page names the current assets: asked again each time, answered from cache when unchanged. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript",
            "css", "text/css",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2");

    /**
     * The files of the jar, read once (one instance serves every request): a handful, and the same
     * until the next deployment.
     */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @GET
    public Response page() {
        byte[] page = file("index.html")
                .orElseThrow(() -> ProblemException.notFound("Web UI", "index.html (not in this build)"));
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cacheControl(REVALIDATE)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "same-origin")
                .build();
    }

    @GET
    @Path("assets/{name: [A-Za-z0-9_.-]+}")
    public Response asset(@PathParam("name") String name) {
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        byte[] content = Optional.ofNullable(type)
                .flatMap(known -> file("assets/" + name))
                .orElseThrow(() -> ProblemException.notFound("Web UI file", name));
        return Response.ok(content, type).cacheControl(FOREVER).build();
    }

    private Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.computeIfAbsent(path, WebUiResource::read));
    }

    private static byte[] read(String path) {
        try (InputStream in = WebUiResource.class.getResourceAsStream(ROOT + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
