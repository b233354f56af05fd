-- Where a quarterly figure came from (SPEC §3: every figure traces to its source — the import's file and row):
-- the import that last wrote it and the row of that import's file; null for figures entered in a form.
alter table registry.enterprise_figure add column import_id bigint, add column import_row integer;
