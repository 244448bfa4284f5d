-- The W3C traceparent of the traced request that wrote an event (docs/events.md), relayed with it so
-- its consumers continue that trace; null when the request was not traced (tracing is off by default).
ALTER TABLE outbox ADD COLUMN traceparent text;
