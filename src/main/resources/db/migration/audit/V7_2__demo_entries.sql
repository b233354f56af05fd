-- Entries that demo mode wrote (issue 18): the steps of the synthetic demo reports. The log stays append-only for
-- every real entry; a demo entry may be deleted, and only by deletion (no update, no truncate), so that a start-up
-- outside demo mode can remove what the demo wrote (audit/DemoEntries) and production keeps no trace of it as if it
-- had happened. A row's flag cannot change after it is written, so a real entry can never become deletable.
alter table audit.change add column demo boolean not null default false;

create or replace function audit.refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.demo then
            return old;
        end if;
    end if;
    raise exception 'audit.change is append-only: % refused', tg_op;
end;
$$;
