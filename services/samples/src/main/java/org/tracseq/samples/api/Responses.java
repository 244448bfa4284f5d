package org.tracseq.samples.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tracseq.samples.domain.Sample;

/** Response shapes several resources share. */
final class Responses {
    private Responses() {}

    /** 201 with the sample and its URL in {@code Location}. */
    static Response created(UriInfo uriInfo, Sample sample) {
        return Response.created(
                        uriInfo.getBaseUriBuilder().path(sample.id().toString()).build())
                .entity(SampleMapper.toContract(sample))
                .build();
    }

    interface IoAction {
        void run() throws IOException;
    }

    /** Runs an I/O step inside a lambda that cannot throw checked exceptions. */
    static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
