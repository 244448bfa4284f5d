package org.tracseq.platform.paging;

import java.util.Set;
import org.tracseq.platform.problem.ValidationProblem;

/**
 * A {@code ?page=&size=&sort=} triple. Page and size are within the contract's limits (common.yaml's
 * {@code Page} and {@code Size}, checked on arrival). Sort is {@code field} or {@code field,asc|desc},
 * restricted to the fields a resource allows, so it can be put into a query safely.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {
    public static final int DEFAULT_SIZE = 20;
    private static final String FIXED_ORDER = "fixed";

    public static PageRequest of(Integer page, Integer size, String sort, Set<String> sortable, String defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        String spec = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        String[] parts = spec.split(",", -1);
        String field = parts[0].trim();
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        ValidationProblem.collector()
                .check(
                        sortable.contains(field),
                        "sort",
                        "must be one of " + sortable.stream().sorted().toList())
                .check(
                        parts.length <= 2 && (direction.equals("asc") || direction.equals("desc")),
                        "sort",
                        "direction must be asc or desc")
                .throwIfAny();
        return new PageRequest(p, s, field, direction.equals("asc"));
    }

    /** For lists with one fixed order (newest first, say), which take no {@code sort} parameter. */
    public static PageRequest inFixedOrder(Integer page, Integer size) {
        return of(page, size, null, Set.of(FIXED_ORDER), FIXED_ORDER);
    }

    public int offset() {
        return page * size;
    }
}
