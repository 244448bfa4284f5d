package org.tracseq.platform.testing.wire;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientBuilderListener;

/**
 * A client filter that fails the call whose response breaks its contract ({@link WireContract}).
 * Every MicroProfile Rest Client built in a test JVM gets it through {@link Registration}, a
 * standard builder listener, so {@code RestClients} stays unaware of tests.
 */
public final class RestClientResponses implements ClientResponseFilter {
    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        byte[] body = new byte[0];
        if (response.hasEntity()) {
            // Not closed: the client closes its own stream, and the test reads the copy.
            body = response.getEntityStream().readAllBytes();
            response.setEntityStream(new ByteArrayInputStream(body));
        }
        WireContract.assertConforms(new WireContract.Exchange(
                request.getMethod(), request.getUri(), response.getStatus(), Map.copyOf(response.getHeaders()), body));
    }

    /** Found by {@code ServiceLoader} (META-INF/services in this test jar). */
    public static final class Registration implements RestClientBuilderListener {
        @Override
        public void onNewBuilder(RestClientBuilder builder) {
            builder.register(RestClientResponses.class);
        }
    }
}
