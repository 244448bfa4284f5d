package org.tracseq.events.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.tracseq.events.domain.TypePattern;

/** A WHERE clause built from optional parts, with its positional parameters ({@code ?1}, {@code ?2}, ...). */
final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** {@code clause} with {@code ?} for its one parameter. */
    Where and(String clause, Object parameter) {
        parameters.add(parameter);
        clauses.add(clause.replace("?", "?" + parameters.size()));
        return this;
    }

    Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    /** Any of {@code patterns}: an exact type, or a LIKE on the prefix (which the type index serves). */
    Where anyType(List<TypePattern> patterns) {
        List<String> alternatives = new ArrayList<>();
        for (TypePattern pattern : patterns) {
            parameters.add(pattern.prefix().map(Where::like).orElse(pattern.text()));
            alternatives.add((pattern.prefix().isPresent() ? "type LIKE ?" : "type = ?") + parameters.size());
        }
        clauses.add("(" + String.join(" OR ", alternatives) + ")");
        return this;
    }

    /** The LIKE pattern of everything starting with {@code prefix}; {@code _} is a wildcard there. */
    static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + "%";
    }

    /** The next parameter's placeholder, for a statement that adds more after the clause. */
    String next() {
        return "?" + (parameters.size() + 1);
    }

    String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    int size() {
        return parameters.size();
    }
}
