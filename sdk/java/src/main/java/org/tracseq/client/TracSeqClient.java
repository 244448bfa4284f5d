package org.tracseq.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.tracseq.client.api.AuthApi;
import org.tracseq.client.api.BarcodesApi;
import org.tracseq.client.api.EventsApi;
import org.tracseq.client.api.GatewayApi;
import org.tracseq.client.api.LibraryPrepApi;
import org.tracseq.client.api.QaqcApi;
import org.tracseq.client.api.SamplesApi;
import org.tracseq.client.api.SequencingApi;
import org.tracseq.client.api.StorageApi;
import org.tracseq.client.invoker.ApiClient;

/**
 * TracSeq through its gateway, signed in:
 *
 * <pre>{@code
 * TracSeqClient client = TracSeqClient.builder()
 *         .baseUrl("http://localhost:8089")
 *         .login("admin", "Choose-A-Long-Passphrase-7!")
 *         .build();
 * Sample sample = client.samples().createSample(new SampleCreate().name("Liver biopsy 7").type(SampleType.TISSUE), null);
 * }</pre>
 *
 * Every call carries an access token, renewed before it expires. A refusal is a {@link
 * ProblemException}; any other failure the generated {@code ApiException} it extends. A client is
 * safe to share between threads.
 */
public final class TracSeqClient {
    private final AuthApi auth;
    private final SamplesApi samples;
    private final BarcodesApi barcodes;
    private final StorageApi storage;
    private final EventsApi events;
    private final LibraryPrepApi libraryPrep;
    private final QaqcApi qaqc;
    private final SequencingApi sequencing;
    private final GatewayApi gateway;

    private TracSeqClient(ApiClient api) {
        auth = new AuthApi(api);
        samples = new SamplesApi(api);
        barcodes = new BarcodesApi(api);
        storage = new StorageApi(api);
        events = new EventsApi(api);
        libraryPrep = new LibraryPrepApi(api);
        qaqc = new QaqcApi(api);
        sequencing = new SequencingApi(api);
        gateway = new GatewayApi(api);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Accounts, sessions, service principals and signing keys ({@code /api/auth}). */
    public AuthApi auth() {
        return auth;
    }

    /** Registering, finding and changing samples, their status and lineage ({@code /api/samples}). */
    public SamplesApi samples() {
        return samples;
    }

    /** Issuing, validating and rendering barcodes ({@code /api/barcodes}). */
    public BarcodesApi barcodes() {
        return barcodes;
    }

    /** The storage hierarchy, placements, custody and sensors ({@code /api/storage}). */
    public StorageApi storage() {
        return storage;
    }

    /** Every event the services published, live streams, webhook subscriptions and dead letters ({@code /api/events}). */
    public EventsApi events() {
        return events;
    }

    /** The index catalogue, protocols, libraries, plates and normalisation ({@code /api/library-prep}). */
    public LibraryPrepApi libraryPrep() {
        return libraryPrep;
    }

    /** QC definitions, results and their verification, instrument file imports, effective QC ({@code /api/qaqc}). */
    public QaqcApi qaqc() {
        return qaqc;
    }

    /**
     * Platforms, instruments, pools, runs, lane checks, sample sheets and demultiplexing
     * ({@code /api/sequencing}).
     */
    public SequencingApi sequencing() {
        return sequencing;
    }

    /** The gateway's own: every service's readiness, this API's document, the routes ({@code /api}). */
    public GatewayApi gateway() {
        return gateway;
    }

    public static final class Builder {
        private String baseUrl;
        private Credentials credentials;
        private Duration timeout = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** The gateway's URL, e.g. {@code http://localhost:8089} (not its {@code /api}). */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl.replaceAll("/+$", "");
            return this;
        }

        /** Sign in as a user; the session is kept alive with its refresh token. */
        public Builder login(String username, String password) {
            credentials = new Credentials.Password(username, password);
            return this;
        }

        /** Sign in as a service principal; its key is exchanged again for each new access token. */
        public Builder apiKey(String key) {
            credentials = new Credentials.ApiKey(key);
            return this;
        }

        /** How long one call may wait for its answer (30 seconds unless set). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The clock that decides when a token is due for renewal (tests move one forward). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Signs in now: wrong credentials are a {@link ProblemException} with status 401 here. */
        public TracSeqClient build() {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(credentials, "credentials: call login(...) or apiKey(...)");
            // The token endpoints are called without a token, on a client of their own.
            Session session = new Session(new AuthApi(apiClient()), credentials, clock);
            ApiClient signedIn = apiClient()
                    .setRequestInterceptor(
                            request -> request.setHeader("Authorization", "Bearer " + session.accessToken()));
            return new TracSeqClient(signedIn);
        }

        private ApiClient apiClient() {
            ApiClient api = new ApiClient();
            api.updateBaseUri(baseUrl);
            api.setConnectTimeout(timeout);
            api.setReadTimeout(timeout);
            Problems problems = new Problems(api.getObjectMapper());
            CsvAnswers csv = new CsvAnswers(api.getObjectMapper());
            api.setResponseInterceptor(response -> csv.readable(problems.throwIfProblem(response)));
            return api;
        }
    }
}
