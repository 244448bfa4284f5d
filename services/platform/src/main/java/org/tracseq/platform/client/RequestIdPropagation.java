package org.tracseq.platform.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.tracseq.platform.web.RequestIds;

/** Sends the current request's id on every outgoing call so one id follows a request everywhere. */
public class RequestIdPropagation implements ClientRequestFilter {
    @Override
    public void filter(ClientRequestContext request) {
        RequestIds.current().ifPresent(id -> request.getHeaders().putSingle(RequestIds.HEADER, id));
    }
}
