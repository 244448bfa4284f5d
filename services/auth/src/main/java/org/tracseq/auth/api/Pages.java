package org.tracseq.auth.api;

import java.util.Set;
import org.tracseq.platform.paging.PageRequest;

/** Paging for the lists that have a fixed order (newest first) and no sort parameter. */
final class Pages {
    private static final String FIXED_ORDER = "default";

    private Pages() {}

    static PageRequest of(Integer page, Integer size) {
        return PageRequest.of(page, size, null, Set.of(FIXED_ORDER), FIXED_ORDER);
    }
}
