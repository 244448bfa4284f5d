-- EclipseLink reads a sequence value as the last id of a block of 50 (allocationSize = INCREMENT BY),
-- so the first value must be 50, not 1. Continue each sequence after the ids already handed out.
SELECT setval('sample_status_history_id_seq', COALESCE((SELECT max(id) FROM sample_status_history), 0) + 50, false);
SELECT setval('sample_audit_id_seq', COALESCE((SELECT max(id) FROM sample_audit), 0) + 50, false);
