package org.tracseq.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request an id before anything else runs and returns it on every response. A servlet
 * filter, not a JAX-RS one, so that answers given outside JAX-RS (the gateway's CORS and proxy
 * filters) carry it too. Asynchronous requests pass it (a server-sent-events stream keeps its request
 * open after the resource method returns, which every filter on the way must allow).
 */
@WebFilter(filterName = RequestIdFilter.NAME, urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {
    /** The name a web.xml orders it by (it must run first). */
    public static final String NAME = "RequestIdFilter";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        response.setHeader(RequestIds.HEADER, id);
        RequestIds.bind(id);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestIds.clear();
        }
    }
}
