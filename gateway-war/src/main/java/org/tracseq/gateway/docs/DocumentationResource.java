package org.tracseq.gateway.docs;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.tracseq.platform.problem.ProblemException;

/**
 * {@code GET /api/openapi}: the public document, built from every contract by
 * openapi/public (operations under {@code /api/<service>}, server URL = the gateway), and {@code
 * GET /api/docs}: Swagger UI over it, from the swagger-ui webjar. Open to everyone, as each
 * service's own {@code /openapi} is: SDK generators and developers need it before they have a token.
 */
@Path("api")
@PermitAll
public class DocumentationResource {
    private static final String DOCUMENT = "/META-INF/tracseq/openapi/tracseq-public.yaml";
    private static final String SWAGGER_UI = "/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    /** The only files of the webjar the page uses, with their types. */
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "swagger-ui-standalone-preset.js", "text/javascript",
            "favicon-32x32.png", "image/png");

    private static final CacheControl AN_HOUR = CacheControl.valueOf("public, max-age=3600");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>TracSeq API</title>
              <link rel="icon" type="image/png" href="docs/favicon-32x32.png">
              <link rel="stylesheet" href="docs/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="docs/swagger-ui-bundle.js"></script>
              <script src="docs/swagger-ui-standalone-preset.js"></script>
              <script>
                window.ui = SwaggerUIBundle({
                  url: "openapi", dom_id: "#swagger-ui", deepLinking: true, showExtensions: true,
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout"
                });
              </script>
            </body>
            </html>
            """;

    @GET
    @Path("openapi")
    @Produces("application/yaml")
    public Response document() {
        return Response.ok(resource(DOCUMENT)).build();
    }

    @GET
    @Path("docs")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return PAGE;
    }

    @GET
    @Path("docs/{asset}")
    public Response asset(@PathParam("asset") String asset) {
        String type = ASSETS.get(asset);
        if (type == null) {
            throw ProblemException.notFound("Documentation file", asset);
        }
        return Response.ok(resource(SWAGGER_UI + asset), type)
                .cacheControl(AN_HOUR)
                .build();
    }

    private static InputStream resource(String name) {
        InputStream in = DocumentationResource.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not in the gateway's WAR; the build puts it there");
        }
        return in;
    }

    /** The webjar keeps its files under its version; its Maven properties say which. */
    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
