-- The custody log (ST-8) and the sensor history (ST-9) stay append-only through the platform's one
-- trigger function, refuse_rewrite() (the platform's migration creates it in this schema first).
-- V1's function of the custody log's own goes; sensor readings had no trigger until now.
DROP TRIGGER events_no_update_or_delete ON events;
DROP TRIGGER events_no_truncate ON events;
DROP FUNCTION events_append_only();

CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();

CREATE TRIGGER sensor_readings_append_only BEFORE UPDATE OR DELETE ON sensor_readings
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER sensor_readings_no_truncate BEFORE TRUNCATE ON sensor_readings
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
