package org.tracseq.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditEventType;
import org.tracseq.auth.domain.Page;

/** The append-only {@code audit_events} table (AU-4). */
@ApplicationScoped
public class AuditRepository {
    private static final String COLUMNS = "id, type, at, actor, actor_id, subject, subject_id, ip, request_id, "
            + "old_value, new_value, reason, detail";

    /** Optional filters of the audit list; {@code subject} matches the subject's name or id. */
    public record Filter(AuditEventType type, String subject, Instant from, Instant to) {}

    @Inject
    Jdbc jdbc;

    public void insert(AuditEvent event) {
        jdbc.update(
                "INSERT INTO audit_events (type, at, actor, actor_id, subject, subject_id, ip, request_id, "
                        + "old_value, new_value, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.type().wireValue(),
                event.at(),
                event.actor(),
                event.actorId(),
                event.subject(),
                event.subjectId(),
                event.ip(),
                event.requestId(),
                event.oldValue(),
                event.newValue(),
                event.reason(),
                event.detail());
    }

    public Page<AuditEvent> page(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add("type = ?");
            parameters.add(filter.type().wireValue());
        }
        if (filter.subject() != null && !filter.subject().isBlank()) {
            conditions.add("(subject = ? OR subject_id = ?)");
            parameters.add(filter.subject());
            parameters.add(filter.subject());
        }
        if (filter.from() != null) {
            conditions.add("at >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("at < ?");
            parameters.add(filter.to());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.count("SELECT count(*) FROM audit_events" + where, parameters.toArray());
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(size);
        paged.add(page * size);
        List<AuditEvent> events = jdbc.list(
                "SELECT " + COLUMNS + " FROM audit_events" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                AuditRepository::event,
                paged.toArray());
        return new Page<>(events, page, size, total);
    }

    private static AuditEvent event(ResultSet row) throws SQLException {
        return new AuditEvent(
                row.getLong("id"),
                AuditEventType.valueOf(row.getString("type").toUpperCase(Locale.ROOT)),
                Jdbc.instant(row, "at"),
                row.getString("actor"),
                row.getString("actor_id"),
                row.getString("subject"),
                row.getString("subject_id"),
                row.getString("ip"),
                row.getString("request_id"),
                row.getString("old_value"),
                row.getString("new_value"),
                row.getString("reason"),
                row.getString("detail"));
    }
}
