-- The one trigger function every service's audit, history and custody tables use to stay
-- append-only (docs/adding-a-service.md):
--   CREATE TRIGGER <table>_append_only BEFORE UPDATE OR DELETE ON <table>
--       FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
--   CREATE TRIGGER <table>_no_truncate BEFORE TRUNCATE ON <table>
--       FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
