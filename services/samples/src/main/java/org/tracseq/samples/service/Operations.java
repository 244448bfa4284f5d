package org.tracseq.samples.service;

import java.util.UUID;

/**
 * The creating operations by name ({@code <service>.<operation>}): the scope of a client's
 * {@code Idempotency-Key}, and part of the key this service derives from it for the barcodes call.
 */
public final class Operations {
    public static final String CREATE = "samples.create";
    public static final String CREATE_BATCH = "samples.create-batch";
    public static final String CREATE_CHILDREN = "samples.create-children";

    private Operations() {}

    /** Children of different parents are different operations, so one key may serve each parent once. */
    public static String createChild(UUID parentId) {
        return "samples.create-child:" + parentId;
    }
}
