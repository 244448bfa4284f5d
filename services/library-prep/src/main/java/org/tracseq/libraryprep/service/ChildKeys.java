package org.tracseq.libraryprep.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The idempotency key of the derived child a library's input makes in the samples service. From the
 * client's own key (and the well, on a plate), so a retry of the same request reuses the child the
 * first attempt made; without one a key of this attempt's own, so the client's retries of a call to
 * samples still make one child. Hashed: samples takes keys of at most 200 characters.
 */
final class ChildKeys {
    private ChildKeys() {}

    static String of(String clientKey, String operation, String well) {
        String seed = clientKey == null ? UUID.randomUUID().toString() : clientKey;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((operation + "|" + seed + "|" + (well == null ? "" : well))
                            .getBytes(StandardCharsets.UTF_8));
            return "library-prep-" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
