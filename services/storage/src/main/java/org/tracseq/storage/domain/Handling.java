package org.tracseq.storage.domain;

import org.tracseq.platform.problem.RuleViolation;

/**
 * What may happen to an item in each {@link StorageState}: placing (ST-3, ST-7), moving, checking
 * out and in, releasing (ST-6) and discarding (ST-7). Each method returns the state after the
 * action or refuses with the rule that forbids it (409: it is about the item's current state).
 */
public final class Handling {
    private Handling() {}

    /** {@code current} is null for an item this service has never held. */
    public static StorageState place(StorageState current, String barcode) {
        if (current == null || current == StorageState.RELEASED) {
            return StorageState.STORED;
        }
        throw switch (current) {
            case DISCARDED -> discarded(barcode);
            case CHECKED_OUT ->
                RuleViolation.conflict(
                        "ST-3",
                        "Sample " + barcode
                                + " is checked out and its position is reserved; check it in or release it first");
            default ->
                RuleViolation.conflict(
                        "ST-3", "Sample " + barcode + " is already stored; move it instead of placing it again");
        };
    }

    public static StorageState move(StorageState current, String barcode) {
        return switch (current) {
            case STORED -> StorageState.STORED;
            case CHECKED_OUT ->
                throw RuleViolation.conflict(
                        "ST-6", "Sample " + barcode + " is checked out; check it in before moving it");
            case RELEASED ->
                throw RuleViolation.conflict(
                        "ST-3", "Sample " + barcode + " holds no position; place it instead of moving it");
            case DISCARDED -> throw discarded(barcode);
        };
    }

    public static StorageState checkOut(StorageState current, String barcode) {
        return switch (current) {
            case STORED -> StorageState.CHECKED_OUT;
            case CHECKED_OUT ->
                throw RuleViolation.conflict(
                        "ST-6", "Sample " + barcode + " is already checked out; check it in first");
            case RELEASED ->
                throw RuleViolation.conflict(
                        "ST-6", "Sample " + barcode + " is not in storage, so it cannot be checked out");
            case DISCARDED -> throw discarded(barcode);
        };
    }

    public static StorageState checkIn(StorageState current, String barcode) {
        return switch (current) {
            case CHECKED_OUT -> StorageState.STORED;
            case STORED ->
                throw RuleViolation.conflict(
                        "ST-6", "Sample " + barcode + " is not checked out; it is in its position");
            case RELEASED ->
                throw RuleViolation.conflict(
                        "ST-6", "Sample " + barcode + " gave up its position; place it instead of checking it in");
            case DISCARDED -> throw discarded(barcode);
        };
    }

    public static StorageState release(StorageState current, String barcode) {
        return switch (current) {
            case CHECKED_OUT -> StorageState.RELEASED;
            case STORED ->
                throw RuleViolation.conflict(
                        "ST-6",
                        "Sample " + barcode
                                + " is in its position; only a checked-out sample's reserved position is released");
            case RELEASED -> throw RuleViolation.conflict("ST-6", "Sample " + barcode + " holds no position already");
            case DISCARDED -> throw discarded(barcode);
        };
    }

    public static StorageState discard(StorageState current, String barcode) {
        if (current == StorageState.DISCARDED) {
            throw RuleViolation.conflict("ST-7", "Sample " + barcode + " is already discarded");
        }
        return StorageState.DISCARDED;
    }

    /**
     * ST-7 with SM-STATUS, checked against the samples service's status before anything is written:
     * samples follows storage's discard ({@code storage.item.discarded}) from {@code in_storage}, or
     * from {@code validated} while it has not yet followed the placement; a sample already out of
     * circulation there has nothing to follow. Any other status could not become {@code discarded}
     * there, so the discard is refused here rather than leaving the two services apart.
     */
    public static void checkSampleDiscardable(String sampleStatus, String barcode) {
        switch (sampleStatus) {
            case "validated", "in_storage", "discarded", "archived", "deleted" -> {}
            default ->
                throw RuleViolation.conflict(
                        "SM-STATUS",
                        "Sample " + barcode + " is " + sampleStatus + " in the samples service, which cannot become "
                                + "discarded (only an in_storage sample can); nothing was written");
        }
    }

    private static RuleViolation discarded(String barcode) {
        return RuleViolation.conflict("ST-7", "Sample " + barcode + " was discarded and can never be stored again");
    }

    /**
     * The samples service's status of a sample this service has not held yet: only a
     * {@code validated} sample (or one already {@code in_storage}) goes into storage; one out of
     * circulation (discarded, deleted) never does (ST-7).
     */
    public static void checkSampleStatus(String status, String barcode) {
        switch (status) {
            case "validated", "in_storage" -> {}
            case "discarded", "deleted" ->
                throw RuleViolation.conflict(
                        "ST-7",
                        "Sample " + barcode + " is " + status + ", out of circulation, and can never be stored");
            default ->
                throw RuleViolation.conflict(
                        "SM-STATUS",
                        "Sample " + barcode + " is " + status
                                + "; only a validated sample goes into storage (SM-STATUS: validated → in_storage)");
        }
    }

    /** ST-8: a failed receipt says what went wrong. */
    public static void checkReceipt(boolean failed, String note) {
        if (failed && (note == null || note.isBlank())) {
            throw RuleViolation.unprocessable("ST-8", "A failed receipt needs a note saying what was wrong");
        }
    }
}
