package org.tracseq.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.tracseq.auth.domain.Credentials;
import org.tracseq.auth.domain.User;
import org.tracseq.auth.domain.UserFilter;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.PagedQuery;
import org.tracseq.platform.persistence.Queries;
import org.tracseq.platform.security.Role;

/**
 * The {@code users} table. Changes to a user go through the managed entity; the rules that need
 * the database itself (the first-start and last-administrator locks, row locks) are statements
 * here. Callers bring the transaction.
 */
@ApplicationScoped
public class UserRepository {
    /** The role's rank (guest 0 … lab_administrator 5), so that role sorts by rank, not alphabetically. */
    private static final String ROLE_RANK = Arrays.stream(Role.values())
            .map(role -> "WHEN '" + role.wireValue() + "' THEN " + role.ordinal())
            .collect(Collectors.joining(" ", "CASE u.role ", " ELSE " + Role.values().length + " END"));
    /** Sortable API fields and the expressions they sort by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "username", "u.username",
            "fullName", "LOWER(u.fullName)",
            "role", ROLE_RANK,
            "createdAt", "u.createdAt");

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    /** The fields a user list may be sorted by. */
    public static Set<String> sortableFields() {
        return SORTABLE.keySet();
    }

    /**
     * Inserts at once, not at commit: of two concurrent creations of one username, the second waits
     * on the unique index here and fails here (a 409), inside the request that caused it.
     */
    public void insert(User user, String passwordHash) {
        em.persist(UserEntity.of(user, passwordHash));
        em.flush();
    }

    /** The user as this transaction sees it, its own unwritten changes included. */
    public Optional<User> find(UUID id) {
        return Optional.ofNullable(em.find(UserEntity.class, id)).map(UserEntity::toUser);
    }

    /** The user's row, locked until the transaction ends, so concurrent changes to it queue. */
    public Optional<User> lock(UUID id) {
        return Optional.ofNullable(em.find(UserEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(UserEntity::toUser);
    }

    public Optional<Credentials> credentials(String username) {
        return em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :name", UserEntity.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst()
                .map(UserEntity::toCredentials);
    }

    /** Serialises first-administrator creation (start-up of several instances, concurrent setups). */
    public void lockFirstStart() {
        Queries.advisoryLock(em, "auth.first_start");
    }

    public boolean any() {
        return !em.createQuery("SELECT u.id FROM UserEntity u", UUID.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Takes the administrators lock and counts the enabled administrators under it: every change
     * that could leave the system without an enabled administrator is serialised by it.
     */
    public long lockAndCountEnabledAdministrators() {
        Queries.advisoryLock(em, "auth.administrators");
        return em.createQuery("SELECT COUNT(u) FROM UserEntity u WHERE u.role = :role AND u.enabled = TRUE", Long.class)
                .setParameter("role", Role.LAB_ADMINISTRATOR.wireValue())
                .getSingleResult();
    }

    public void updateRole(UUID id, Role role, Instant now) {
        write(id, user -> user.changeRole(role, now));
    }

    public void updateEnabled(UUID id, boolean enabled, Instant now) {
        write(id, user -> user.changeEnabled(enabled, now));
    }

    public void updatePassword(UUID id, String passwordHash, Instant now) {
        write(id, user -> user.changePassword(passwordHash, now));
    }

    public void recordLogin(UUID id, Instant now) {
        write(id, user -> user.loggedIn(now));
    }

    public Page<User> page(UserFilter filter, PageRequest request) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.role() != null) {
            conditions.add("u.role = :role");
            parameters.put("role", filter.role().wireValue());
        }
        if (filter.enabled() != null) {
            conditions.add("u.enabled = :enabled");
            parameters.put("enabled", filter.enabled());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // strpos, not LIKE: the text is plain text, its % and _ match themselves.
            conditions.add("(FUNCTION('strpos', u.username, LOWER(:text)) > 0 "
                    + "OR FUNCTION('strpos', LOWER(u.fullName), LOWER(:text)) > 0 "
                    + "OR FUNCTION('strpos', LOWER(u.email), LOWER(:text)) > 0)");
            parameters.put("text", filter.text());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<UserEntity> items = em.createQuery(
                "SELECT u FROM UserEntity u" + where + " ORDER BY " + SORTABLE.get(request.sortField())
                        + (request.ascending() ? " ASC" : " DESC") + ", u.id",
                UserEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM UserEntity u" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return PagedQuery.of(items, count, request).map(UserEntity::toUser);
    }

    /**
     * Changes the user and writes the row at once rather than at commit: the user's row is locked
     * where the change is made, before the sessions a password change or a login touches next, in
     * the order every other transaction takes them (no deadlock), and a login's update meets a
     * concurrent disable before its session is opened.
     */
    private void write(UUID id, Consumer<UserEntity> change) {
        UserEntity user = em.find(UserEntity.class, id);
        if (user == null) {
            throw new IllegalStateException("No user " + id);
        }
        change.accept(user);
        em.flush();
    }
}
