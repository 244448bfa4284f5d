package org.tracseq.system.corpus;

import java.util.List;
import java.util.Map;

/**
 * One operation of a contract, its schemas with every {@code $ref} already resolved.
 *
 * @param service the contract's name, which is also the gateway's route ({@code /api/<service>})
 *     and the service's database schema
 * @param body {@code null} when the operation takes no request body
 */
record Operation(String service, String method, String path, List<Parameter> parameters, RequestBody body) {

    /** {@code POST /api/samples/{sampleId}/status}: how the report names the operation. */
    String label() {
        return method.toUpperCase() + " " + gatewayPath();
    }

    /** The operation's path behind the gateway, still with its {@code {placeholders}}. */
    String gatewayPath() {
        return "/api/" + service + path;
    }

    List<Parameter> parametersIn(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    record Parameter(String name, String in, boolean required, Map<String, Object> schema) {}

    record RequestBody(String mediaType, boolean required, Map<String, Object> schema) {}
}
