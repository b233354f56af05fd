-- Parks are maintained by administrators on the portal's forms (SPEC §1): like enterprises and projects they
-- record who changed them last and when, so that an edit of a stale version can say who changed the row. Rows
-- from migrations and the demo dataset have no editor (null) until someone edits them.
alter table registry.park
    add column updated_by  varchar(60),
    add column updated_at  timestamptz not null default now();
