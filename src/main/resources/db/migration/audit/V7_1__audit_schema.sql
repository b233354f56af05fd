-- The audit log (SPEC §1: every write, who, when, old value, new value, reason). Append-only: the database
-- itself refuses to change or remove an entry, whoever asks.
create schema if not exists audit;

create table audit.change (
    id           bigserial     primary key,
    actor        varchar(100)  not null,
    occurred_at  timestamptz   not null,
    subject      varchar(300)  not null,
    action       varchar(60)   not null,
    old_value    text,
    new_value    text,
    reason       text,
    recorded_at  timestamptz   not null default now()
);

create index change_occurred on audit.change (occurred_at desc, id desc);
create index change_actor on audit.change (actor);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.change is append-only: % refused', tg_op;
end;
$$;

create trigger change_append_only before update or delete on audit.change
    for each row execute function audit.refuse_change();

create trigger change_no_truncate before truncate on audit.change
    for each statement execute function audit.refuse_change();
