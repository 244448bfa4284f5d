package org.tracseq.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSession;
import org.tracseq.client.invoker.ApiClient;

/**
 * A {@code text/csv} answer (a sample sheet, a kit or sample export) made readable for the generated
 * code, which reads every body as JSON except {@code text/plain} (openapi-generator's java
 * {@code native} library, issue 18730): the text is handed on as the JSON string that holds it, so
 * the operation returns it unchanged. Non-ASCII characters are escaped, because the generated code
 * decodes the body with the platform's charset.
 */
final class CsvAnswers {
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";]+)", Pattern.CASE_INSENSITIVE);

    private final ObjectWriter json;

    CsvAnswers(ObjectMapper json) {
        this.json = json.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    }

    HttpResponse<InputStream> readable(HttpResponse<InputStream> response) {
        Optional<String> type = response.headers().firstValue("Content-Type");
        if (response.statusCode() / 100 != 2
                || type.filter(value -> value.toLowerCase().startsWith("text/csv"))
                        .isEmpty()) {
            return response;
        }
        try (InputStream in = ApiClient.getResponseBody(response)) {
            String text = in == null ? "" : new String(in.readAllBytes(), charset(type.get()));
            // The body is decoded here, so it no longer has an encoding or the length it came with.
            HttpHeaders headers = HttpHeaders.of(
                    response.headers().map(),
                    (name, value) ->
                            !name.equalsIgnoreCase("Content-Encoding") && !name.equalsIgnoreCase("Content-Length"));
            return new Rewritten(response, headers, new ByteArrayInputStream(json.writeValueAsBytes(text)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not hand on the CSV answer", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the CSV answer", e);
        }
    }

    private static Charset charset(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? Charset.forName(matcher.group(1).trim()) : StandardCharsets.UTF_8;
    }

    /** The answer as it came, with another body and headers. */
    private record Rewritten(HttpResponse<InputStream> original, HttpHeaders headers, InputStream body)
            implements HttpResponse<InputStream> {
        @Override
        public int statusCode() {
            return original.statusCode();
        }

        @Override
        public HttpRequest request() {
            return original.request();
        }

        @Override
        public Optional<HttpResponse<InputStream>> previousResponse() {
            return original.previousResponse();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return original.sslSession();
        }

        @Override
        public URI uri() {
            return original.uri();
        }

        @Override
        public HttpClient.Version version() {
            return original.version();
        }
    }
}
