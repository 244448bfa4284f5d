package org.tracseq.auth.domain;

/** Who acts: a user (username, id), a service principal ({@code svc:NAME}, id), the system, or nobody yet. */
public record Actor(String name, String id) {
    public static final Actor SYSTEM = new Actor("system", null);
    public static final Actor ANONYMOUS = new Actor("anonymous", null);

    public static Actor of(User user) {
        return new Actor(user.username(), user.id().toString());
    }
}
