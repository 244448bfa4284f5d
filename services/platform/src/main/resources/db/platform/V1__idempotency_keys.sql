-- Responses of creating requests that carried an Idempotency-Key, so a retry gets the same answer.
CREATE TABLE idempotency_keys (
    operation         text        NOT NULL,
    idempotency_key   text        NOT NULL,
    request_hash      text        NOT NULL,
    response_status   integer,
    response_location text,
    response_body     text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (operation, idempotency_key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
