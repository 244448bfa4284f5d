package org.tracseq.platform.client;

import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Builds a generated MicroProfile Rest Client for one base URL with TracSeq's conventions:
 * the base URL is a server root ({@code http://samples-1:8081}) or the gateway's {@code /api},
 * since generated interfaces start with their service's path;
 * timeouts, request id and caller token propagation and problem+json errors as {@link RemoteProblemException}.
 * Built programmatically (not injected) so a caller can hold one per instance it talks to.
 */
public final class RestClients {
    private RestClients() {}

    public static <T> T create(Class<T> api, String baseUrl, Duration connectTimeout, Duration readTimeout) {
        return builder(baseUrl, connectTimeout, readTimeout).build(api);
    }

    /** For a caller outside a request (an SDK user, a test): every call carries {@code accessToken}. */
    public static <T> T create(
            Class<T> api, String baseUrl, Duration connectTimeout, Duration readTimeout, String accessToken) {
        ClientRequestFilter bearer =
                request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
        return builder(baseUrl, connectTimeout, readTimeout).register(bearer).build(api);
    }

    private static RestClientBuilder builder(String baseUrl, Duration connectTimeout, Duration readTimeout) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .register(RequestIdPropagation.class)
                .register(AuthorizationPropagation.class)
                .register(ProblemResponseMapper.class);
    }
}
