package org.tracseq.system.corpus;

import java.util.Map;

/**
 * One request of the corpus: a valid request to {@code operation} with exactly one thing wrong,
 * named by {@code mutation}.
 *
 * @param mustRefuse false for input the contract allows but that stresses the server (a huge string
 *     where no maxLength is written, a control character in free text): any answer but a 5xx will do
 * @param target the path and query, already percent-encoded, e.g. {@code /api/samples/%00}
 * @param body {@code null} for no body
 */
record BadRequest(
        Operation operation,
        String mutation,
        boolean mustRefuse,
        String target,
        Map<String, String> headers,
        String contentType,
        byte[] body) {}
