package org.tracseq.samples.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.contract.storage.client.StorageApi;
import org.tracseq.contract.storage.model.StorageState;
import org.tracseq.platform.client.RemoteProblemException;
import org.tracseq.platform.client.RemoteServiceFailure;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.problem.ProblemException;

/**
 * Asks the storage service whether it still holds a sample (ST-7: storage is the authority for a
 * sample it holds), with the caller's token, under this service's policy for storage: each attempt
 * times out, transient failures (unreachable, 5xx, 429, timeout) are retried, repeated failures open
 * a circuit breaker, and when storage cannot answer the caller gets a 503 with {@code Retry-After}.
 * Where and how to connect is {@link StorageSettings}. A read only: call it before a transaction opens.
 */
@ApplicationScoped
public class StorageHoldings {
    static final String SERVICE = "storage";

    @Inject
    @ConfigProperties
    StorageSettings settings;

    private StorageApi storage;

    @PostConstruct
    void connect() {
        storage =
                RestClients.create(StorageApi.class, settings.url(), settings.connectTimeout(), settings.readTimeout());
    }

    /** Whether storage knows the sample and has not discarded it: placed, checked out or released. */
    @Timeout(3000)
    @Retry(
            maxRetries = 2,
            delay = 200,
            jitter = 100,
            retryOn = {RemoteServiceFailure.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 10_000,
            successThreshold = 2,
            failOn = {RemoteServiceFailure.class, TimeoutException.class})
    @Fallback(
            fallbackMethod = "unavailable",
            applyOn = {RemoteServiceFailure.class, TimeoutException.class, CircuitBreakerOpenException.class})
    public boolean holds(UUID sampleId) {
        try {
            return storage.getStoredSample(sampleId).getState() != StorageState.DISCARDED;
        } catch (RemoteProblemException e) {
            if (e.status() == 404) {
                return false;
            }
            if (e.isTransient()) {
                throw new RemoteServiceFailure(SERVICE, "The storage service answered " + e.status(), e);
            }
            throw new ProblemException(
                    502,
                    "storage-refused",
                    "Storage refused",
                    "The storage service refused to say whether it holds the sample (" + e.getMessage()
                            + "), so nothing was changed");
        } catch (ProcessingException e) {
            throw new RemoteServiceFailure(SERVICE, "The storage service cannot be reached at " + settings.url(), e);
        }
    }

    boolean unavailable(UUID sampleId) {
        throw ProblemException.unavailable(
                "The storage service is unavailable, so it cannot be told whether it still holds this sample, "
                        + "and nothing was changed; retry later",
                settings.retryAfterSeconds());
    }
}
