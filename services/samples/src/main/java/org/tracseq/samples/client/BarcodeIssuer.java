package org.tracseq.samples.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.contract.barcodes.client.BarcodesApi;
import org.tracseq.contract.barcodes.model.BarcodeRecord;
import org.tracseq.contract.barcodes.model.GenerateRequest;
import org.tracseq.contract.barcodes.model.ValidationResult;
import org.tracseq.platform.client.RemoteProblemException;
import org.tracseq.platform.client.RemoteServiceFailure;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.samples.domain.BarcodeStanding;
import org.tracseq.samples.domain.SampleType;

/**
 * Asks the barcodes service for new barcodes and where a client's own barcode stands. Issuing runs
 * under this policy: each
 * attempt times out, transient failures (unreachable, 5xx, 429, timeout) are retried with the same
 * idempotency key, repeated failures open a circuit breaker, and when no barcode can be had the
 * caller gets a 503 problem naming the barcodes service, with {@code Retry-After}. A refusal (4xx)
 * is not retried. Where and how to connect is {@link BarcodeIssuerSettings}; the policy's values are
 * overridable through MP Config, e.g. {@code org.tracseq.samples.client.BarcodeIssuer/issue/Retry/maxRetries=5}.
 * Asking where a barcode stands ({@link #standing}) is one read with a shorter policy: when it cannot
 * be answered, the barcode counts as {@link BarcodeStanding#UNCHECKED} (the registration goes on and
 * the barcodes service claims it by event when it is back). Call both before opening a transaction:
 * a remote call must not hold database locks.
 */
@ApplicationScoped
public class BarcodeIssuer {
    private static final Logger LOG = Logger.getLogger(BarcodeIssuer.class.getName());

    /** The remote service's name, as its failures carry it. */
    static final String SERVICE = "barcodes";

    @Inject
    @ConfigProperties
    BarcodeIssuerSettings settings;

    private BarcodesApi barcodes;

    @PostConstruct
    void connect() {
        barcodes = RestClients.create(
                BarcodesApi.class, settings.url(), settings.connectTimeout(), settings.readTimeout());
    }

    /**
     * {@code count} new barcodes for samples of {@code type}, in order.
     *
     * @param idempotencyKey from {@link #keyFor}: the same for every attempt, so a retry after a lost
     *                       response gets the barcodes already issued instead of new ones
     */
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
    public List<String> issue(SampleType type, int count, String idempotencyKey) {
        GenerateRequest request = new GenerateRequest()
                .prefix(settings.prefix())
                .typeCode(type.barcodeTypeCode())
                .count(count);
        try {
            return barcodes.generateBarcodes(request, idempotencyKey).getBarcodes().stream()
                    .map(BarcodeRecord::getBarcode)
                    .toList();
        } catch (RemoteProblemException e) {
            throw classify(e, "Barcode not issued", "to issue a barcode");
        } catch (ProcessingException e) {
            throw unreachable(e);
        }
    }

    /** Where {@code barcode}, a client's own, stands: foreign, never issued, issued, reserved or claimed. */
    @Timeout(2000)
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 10_000,
            successThreshold = 2,
            failOn = {RemoteServiceFailure.class, TimeoutException.class})
    @Fallback(
            fallbackMethod = "unchecked",
            applyOn = {RemoteServiceFailure.class, TimeoutException.class, CircuitBreakerOpenException.class})
    public BarcodeStanding standing(String barcode) {
        try {
            ValidationResult verdict = barcodes.validateBarcode(barcode);
            if (!Boolean.TRUE.equals(verdict.getValid())) {
                return BarcodeStanding.FOREIGN;
            }
            if (!Boolean.TRUE.equals(verdict.getKnown()) || verdict.getStatus() == null) {
                return BarcodeStanding.NEVER_ISSUED;
            }
            return switch (verdict.getStatus()) {
                case ISSUED -> BarcodeStanding.ISSUED;
                case RESERVED -> BarcodeStanding.RESERVED;
                case CLAIMED -> BarcodeStanding.CLAIMED;
            };
        } catch (RemoteProblemException e) {
            if (e.status() == 400) {
                // Text barcodes cannot even take as input (longer than any barcode) is not one of ours;
                // the row's own check (SM-3) says what is wrong with it.
                return BarcodeStanding.FOREIGN;
            }
            throw classify(e, "Barcode not checked", "to check a barcode");
        } catch (ProcessingException e) {
            throw unreachable(e);
        }
    }

    BarcodeStanding unchecked(String barcode) {
        LOG.warning("Barcode " + barcode + " registered unchecked: the barcodes service cannot be asked now; "
                + "it claims the barcode by event when it is back");
        return BarcodeStanding.UNCHECKED;
    }

    private RemoteServiceFailure unreachable(ProcessingException e) {
        return new RemoteServiceFailure(SERVICE, "The barcodes service cannot be reached at " + settings.url(), e);
    }

    /** A transient failure is retried and counts against the breaker; a refusal means our request is wrong. */
    private static RuntimeException classify(RemoteProblemException e, String title, String what) {
        if (e.isTransient()) {
            return new RemoteServiceFailure(SERVICE, "The barcodes service answered " + e.status(), e);
        }
        return new ProblemException(
                502,
                "barcodes-refused",
                title,
                "The barcodes service refused " + what + " (" + e.getMessage() + "); the samples service's "
                        + "barcode settings need fixing. Meanwhile give the sample a barcode of your own");
    }

    List<String> unavailable(SampleType type, int count, String idempotencyKey) {
        throw ProblemException.unavailable(
                "The barcodes service is unavailable, so no barcode could be issued and "
                        + "nothing was written; retry later, or give the sample a barcode of your own",
                settings.retryAfterSeconds());
    }

    /**
     * The barcodes request's idempotency key: derived from the client's own key when there is one
     * (so the client's retry gets the same barcodes), fresh otherwise (so only our retries share it).
     */
    public static String keyFor(String operation, String clientKey, SampleType type, int count) {
        if (clientKey == null) {
            return UUID.randomUUID().toString();
        }
        String source = String.join("\n", operation, clientKey, type.wireValue(), Integer.toString(count));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return "samples-" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
