package org.tracseq.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tracseq.platform.problem.ProblemException;

/**
 * The auth service's public keys from its JWKS document ({@code mp.jwt.verify.publickey.location})
 * or inline ({@code mp.jwt.verify.publickey}). Fetched keys are reused for
 * {@code tracseq.jwt.keys.refresh-seconds}, fetched again at once for a {@code kid} they lack (a
 * rotation) but at most every {@link #MIN_REFETCH} (a stream of forged {@code kid}s cannot turn into
 * a stream of calls to the auth service). If the auth service cannot be reached, the last keys stay
 * in use; with none at all, requests get 503 rather than a misleading 401.
 */
@ApplicationScoped
public class JwksVerificationKeys implements VerificationKeys {
    static final Duration MIN_REFETCH = Duration.ofSeconds(10);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(JwksVerificationKeys.class.getName());

    @Inject
    SecuritySettings settings;

    private final Clock clock = Clock.systemUTC();
    private HttpClient http;
    private JWKSet inlineKeys;
    private volatile Snapshot current;

    /** The keys as last read ({@code null} when they could not be read) and when that was tried. */
    private record Snapshot(JWKSet keys, Instant checkedAt) {}

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();
        inlineKeys =
                settings.inlineKeys().map(JwksVerificationKeys::parseInline).orElse(null);
    }

    @Override
    public JWKSet forKeyId(String kid) {
        if (inlineKeys != null) {
            return inlineKeys;
        }
        Snapshot snapshot = current;
        if (snapshot == null || isStale(snapshot, kid)) {
            snapshot = refresh(kid);
        }
        if (snapshot.keys() == null) {
            throw ProblemException.unavailable(
                    "Access tokens cannot be verified now: the auth service's keys cannot " + "be read",
                    (int) MIN_REFETCH.toSeconds());
        }
        return snapshot.keys();
    }

    private boolean isStale(Snapshot snapshot, String kid) {
        Duration age = Duration.between(snapshot.checkedAt(), clock.instant());
        boolean lacking =
                snapshot.keys() == null || kid != null && snapshot.keys().getKeyByKeyId(kid) == null;
        return age.compareTo(settings.keysRefresh()) > 0 || lacking && age.compareTo(MIN_REFETCH) > 0;
    }

    private synchronized Snapshot refresh(String kid) {
        Snapshot previous = current;
        if (previous != null && !isStale(previous, kid)) {
            return previous; // another thread looked while this one waited
        }
        String location = settings.keysLocation();
        JWKSet keys;
        try {
            keys = fetch(URI.create(location));
        } catch (IOException | ParseException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Cannot read the token verification keys from " + location + ": " + e);
            keys = previous == null ? null : previous.keys(); // keep what we had
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            keys = previous == null ? null : previous.keys();
        }
        current = new Snapshot(keys, clock.instant());
        return current;
    }

    private JWKSet fetch(URI location) throws IOException, ParseException, InterruptedException {
        if ("file".equals(location.getScheme())) {
            return JWKSet.parse(Files.readString(Path.of(location)));
        }
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(location)
                        .timeout(FETCH_TIMEOUT)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return JWKSet.parse(response.body());
    }

    private static JWKSet parseInline(String jwks) {
        try {
            return JWKSet.parse(jwks);
        } catch (ParseException e) {
            throw new IllegalStateException("mp.jwt.verify.publickey is not a JWKS document", e);
        }
    }
}
