-- Every event the services publish, stored once (by its id) in the order it was stored. position is
-- the paging order and the id a server-sent-events client resumes from, so it must grow in commit
-- order: the store takes a transaction-scoped advisory lock before each insert (EventStore), which
-- makes a position commit before the next one is even drawn from the sequence.
CREATE TABLE events (
    position     bigserial   PRIMARY KEY,
    id           uuid        NOT NULL UNIQUE,
    type         text        NOT NULL,
    aggregate_id text        NOT NULL,
    version      bigint      NOT NULL,
    occurred_at  timestamptz NOT NULL,
    actor        text,
    request_id   text,
    payload      jsonb       NOT NULL,
    stored_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_type ON events (type text_pattern_ops, position);
CREATE INDEX events_aggregate ON events (aggregate_id, position);
CREATE INDEX events_occurred_at ON events (occurred_at);
CREATE INDEX events_request ON events (request_id) WHERE request_id IS NOT NULL;

CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();

-- Webhooks: where matching events are POSTed, signed with the secret (never returned by the API).
CREATE TABLE subscriptions (
    id                   uuid        PRIMARY KEY,
    url                  text        NOT NULL CHECK (url ~ '^https?://'),
    types                text[]      NOT NULL CHECK (cardinality(types) > 0),
    secret               text        NOT NULL CHECK (length(secret) >= 16),
    description          text,
    enabled              boolean     NOT NULL,
    consecutive_failures integer     NOT NULL DEFAULT 0,
    disabled_reason      text,
    disabled_at          timestamptz,
    created_at           timestamptz NOT NULL,
    created_by           text        NOT NULL
);

-- One event to send to one subscription. Pending ones are rows, so they survive a restart; the
-- worker leases a batch (due_at moved past its HTTP timeout) before it sends, holding no lock.
CREATE TABLE deliveries (
    id              bigserial   PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    event_position  bigint      NOT NULL REFERENCES events (position),
    attempts        integer     NOT NULL DEFAULT 0,
    due_at          timestamptz NOT NULL,
    delivered_at    timestamptz
);
CREATE INDEX deliveries_due ON deliveries (due_at, id) WHERE delivered_at IS NULL;

-- The delivery log: every attempt, with its answer (or why there was none) and how long it took.
CREATE TABLE delivery_attempts (
    id              bigserial   PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    delivery_id     bigint      NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    attempt         integer     NOT NULL,
    at              timestamptz NOT NULL,
    status_code     integer,
    error           text,
    duration_ms     bigint      NOT NULL,
    delivered       boolean     NOT NULL
);
CREATE INDEX delivery_attempts_subscription ON delivery_attempts (subscription_id, id);
