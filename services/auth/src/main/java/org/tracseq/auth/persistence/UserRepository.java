package org.tracseq.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.auth.domain.Credentials;
import org.tracseq.auth.domain.Page;
import org.tracseq.auth.domain.User;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.security.Role;

/** The {@code users} table. Callers bring the transaction. */
@ApplicationScoped
public class UserRepository {
    private static final String COLUMNS = "id, username, full_name, email, department, lab_affiliation, role, "
            + "enabled, created_at, created_by, updated_at, last_login_at, password_changed_at";
    /** Sortable API fields and their column expressions (role sorts by rank, not alphabetically). */
    public static final Map<String, String> SORTABLE = Map.of(
            "username", "username",
            "fullName", "lower(full_name)",
            "role",
                    "array_position(ARRAY['guest','data_analyst','research_scientist','lab_technician',"
                            + "'principal_investigator','lab_administrator'], role)",
            "createdAt", "created_at");
    /** Serialises every change that could leave the system without an enabled administrator. */
    private static final String ADMINISTRATORS_LOCK = "SELECT pg_advisory_xact_lock(hashtext('auth.administrators'))";

    /** Optional filters of the user list. */
    public record Filter(Role role, Boolean enabled, String text) {}

    @Inject
    Jdbc jdbc;

    public void insert(User user, String passwordHash) {
        jdbc.update(
                "INSERT INTO users (id, username, full_name, email, department, lab_affiliation, role, "
                        + "password_hash, enabled, created_at, created_by, updated_at, password_changed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                user.id(),
                user.username(),
                user.fullName(),
                user.email(),
                user.department(),
                user.labAffiliation(),
                user.role().wireValue(),
                passwordHash,
                user.enabled(),
                user.createdAt(),
                user.createdBy(),
                user.updatedAt(),
                user.passwordChangedAt());
    }

    public Optional<User> find(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM users WHERE id = ?", UserRepository::user, id);
    }

    /** The user's row, locked until the transaction ends, so concurrent changes to it queue. */
    public Optional<User> lock(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM users WHERE id = ? FOR UPDATE", UserRepository::user, id);
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.one(
                "SELECT " + COLUMNS + ", password_hash FROM users WHERE username = ?",
                row -> new Credentials(user(row), row.getString("password_hash")),
                username);
    }

    /** Serialises first-administrator creation (start-up of several instances, concurrent setups). */
    public void lockFirstStart() {
        jdbc.one("SELECT pg_advisory_xact_lock(hashtext('auth.first_start'))", row -> true);
    }

    public boolean any() {
        return jdbc.count("SELECT count(*) FROM (SELECT 1 FROM users LIMIT 1) AS one") > 0;
    }

    /** Takes the administrators lock and counts the enabled administrators under it. */
    public long lockAndCountEnabledAdministrators() {
        jdbc.one(ADMINISTRATORS_LOCK, row -> true);
        return jdbc.count("SELECT count(*) FROM users WHERE role = 'lab_administrator' AND enabled");
    }

    public void updateRole(UUID id, Role role, Instant now) {
        jdbc.update("UPDATE users SET role = ?, updated_at = ? WHERE id = ?", role.wireValue(), now, id);
    }

    public void updateEnabled(UUID id, boolean enabled, Instant now) {
        jdbc.update("UPDATE users SET enabled = ?, updated_at = ? WHERE id = ?", enabled, now, id);
    }

    public void updatePassword(UUID id, String passwordHash, Instant now) {
        jdbc.update(
                "UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ? WHERE id = ?",
                passwordHash,
                now,
                now,
                id);
    }

    public void recordLogin(UUID id, Instant now) {
        jdbc.update("UPDATE users SET last_login_at = ? WHERE id = ?", now, id);
    }

    public Page<User> page(Filter filter, PageRequest request) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.role() != null) {
            conditions.add("role = ?");
            parameters.add(filter.role().wireValue());
        }
        if (filter.enabled() != null) {
            conditions.add("enabled = ?");
            parameters.add(filter.enabled());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(strpos(username, lower(?)) > 0 OR strpos(lower(full_name), lower(?)) > 0 "
                    + "OR strpos(lower(email), lower(?)) > 0)");
            parameters.addAll(List.of(filter.text(), filter.text(), filter.text()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.count("SELECT count(*) FROM users" + where, parameters.toArray());
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(request.size());
        paged.add(request.offset());
        List<User> users = jdbc.list(
                "SELECT " + COLUMNS + " FROM users" + where + " ORDER BY "
                        + SORTABLE.get(request.sortField()) + (request.ascending() ? " ASC" : " DESC")
                        + ", id LIMIT ? OFFSET ?",
                UserRepository::user,
                paged.toArray());
        return new Page<>(users, request.page(), request.size(), total);
    }

    static User user(ResultSet row) throws SQLException {
        return new User(
                row.getObject("id", UUID.class),
                row.getString("username"),
                row.getString("full_name"),
                row.getString("email"),
                row.getString("department"),
                row.getString("lab_affiliation"),
                Role.fromWire(row.getString("role")).orElseThrow(),
                row.getBoolean("enabled"),
                Jdbc.instant(row, "created_at"),
                row.getString("created_by"),
                Jdbc.instant(row, "updated_at"),
                Jdbc.instant(row, "last_login_at"),
                Jdbc.instant(row, "password_changed_at"));
    }
}
