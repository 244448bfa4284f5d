package org.tracseq.platform.testing.wire;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A RestAssured filter that fails the request whose response breaks its contract ({@link WireContract}). */
public final class RestAssuredResponses implements Filter {
    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        Map<String, List<String>> headers = response.headers().asList().stream()
                .collect(Collectors.groupingBy(
                        Header::getName,
                        LinkedHashMap::new,
                        Collectors.mapping(Header::getValue, Collectors.toList())));
        WireContract.assertConforms(new WireContract.Exchange(
                request.getMethod(),
                URI.create(request.getURI()),
                response.statusCode(),
                headers,
                response.asByteArray()));
        return response;
    }
}
