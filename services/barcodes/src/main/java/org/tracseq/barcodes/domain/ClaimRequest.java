package org.tracseq.barcodes.domain;

import org.tracseq.platform.problem.ValidationProblem;

/** Who takes a reserved barcode, e.g. {@code sample:7f1c...}. */
public record ClaimRequest(String owner) {
    public static final int MAX_OWNER_LENGTH = 200;

    public static ClaimRequest of(String owner) {
        ValidationProblem.collector()
                .require(owner, "owner")
                .check(
                        owner == null || owner.length() <= MAX_OWNER_LENGTH,
                        "owner",
                        "must be at most " + MAX_OWNER_LENGTH + " characters")
                .throwIfAny();
        return new ClaimRequest(owner);
    }
}
