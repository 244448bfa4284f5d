package org.tracseq.samples.domain;

import java.util.Optional;
import org.tracseq.platform.problem.RuleViolation;

/**
 * SM-3: a sample's barcode is unique. What a client-supplied one must look like (8-50 characters of
 * A-Z, 0-9 and '-', BC-1's alphabet) is the contract's pattern, which names SM-3 too. BC-2: a
 * pre-printed TracSeq barcode is taken by registering a sample with it, and only once it was reserved
 * and is not claimed yet; labels of other makers (not in TracSeq's format) are taken as they are.
 */
public final class Barcodes {
    public static final String RULE = "SM-3";
    public static final String CLAIM_RULE = "BC-2";

    private Barcodes() {}

    /**
     * Why a sample cannot be registered with {@code barcode}, which stands as {@code standing}; empty
     * when it can. A claimed barcode that a sample here already has is SM-3's to refuse (or an
     * idempotent retry's to answer again), not BC-2's. When the barcodes service could not be asked,
     * the sample is registered and the barcode claimed by event once it is back.
     */
    public static Optional<String> preprintedRefusal(String barcode, BarcodeStanding standing, boolean registeredHere) {
        return switch (standing) {
            case FOREIGN, RESERVED, UNCHECKED -> Optional.empty();
            case CLAIMED ->
                registeredHere
                        ? Optional.empty()
                        : Optional.of("Barcode " + barcode + " was claimed already; a reserved barcode is claimed "
                                + "once, so use another pre-printed label");
            case ISSUED ->
                Optional.of("Barcode " + barcode + " was issued, not reserved: it belongs to a sample "
                        + "registered without a barcode; use a label from POST /barcodes/reservations");
            case NEVER_ISSUED ->
                Optional.of("Barcode " + barcode + " is in TracSeq's format but was never reserved (a typo, or "
                        + "another installation's label?); use a label from POST /barcodes/reservations");
        };
    }

    /** Refuses (409, BC-2) a registration with a pre-printed barcode that cannot be claimed. */
    public static void checkPreprinted(String barcode, BarcodeStanding standing, boolean registeredHere) {
        preprintedRefusal(barcode, standing, registeredHere).ifPresent(why -> {
            throw RuleViolation.conflict(CLAIM_RULE, why);
        });
    }
}
