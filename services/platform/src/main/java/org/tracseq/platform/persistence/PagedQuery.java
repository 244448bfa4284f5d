package org.tracseq.platform.persistence;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;

/**
 * Runs a list query and its count for one page. Both run on the caller's entity manager, so a
 * repository called inside the service's transaction reads items and total from one snapshot.
 */
public final class PagedQuery {
    private PagedQuery() {}

    public static <T> Page<T> of(TypedQuery<T> items, TypedQuery<Long> count, PageRequest request) {
        List<T> rows = items.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows, request.page(), request.size(), count.getSingleResult());
    }

    /** The same for native queries (a rule that is SQL at heart); each row is mapped by {@code row}. */
    public static <T> Page<T> ofNative(Query items, Query count, PageRequest request, Function<Object[], T> row) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = items.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(rows.stream().map(row).toList(), request.page(), request.size(), total);
    }
}
