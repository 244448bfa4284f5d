-- Transactional outbox: an event row is written in the same transaction as the change it describes
-- (docs/events.md). The relay publishes committed rows to Redis Streams in position order and marks
-- them relayed; a row relayed twice (a crash between publish and mark) is harmless, consumers
-- dedupe by event id.
CREATE TABLE outbox (
    position          bigserial   PRIMARY KEY,
    event_id          uuid        NOT NULL UNIQUE,
    type              text        NOT NULL,
    aggregate_id      text        NOT NULL,
    aggregate_version bigint      NOT NULL,
    occurred_at       timestamptz NOT NULL DEFAULT now(),
    actor             text,
    request_id        text,
    payload           jsonb       NOT NULL,
    relayed_at        timestamptz,
    UNIQUE (aggregate_id, aggregate_version)
);
CREATE INDEX outbox_unrelayed ON outbox (position) WHERE relayed_at IS NULL;

-- Inbox: the events a consumer has applied, written in the consumer's own transaction, so a
-- redelivered event has no second effect.
CREATE TABLE inbox (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
