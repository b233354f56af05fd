-- Indicator values per scope and period, each with its source. A provisional (快报) and a final (年报)
-- value of the same period are both kept; the final one supersedes the provisional one.
create schema if not exists figures;

create table figures.indicator_value (
    id              bigserial     primary key,
    indicator_code  varchar(60)   not null references plans.indicator (code),
    scope_code      varchar(40)   not null references plans.scope (code),
    period          varchar(6)    not null check (period ~ '^[0-9]{4}(Q[1-4])?$'),
    value           numeric(20, 6) not null,
    status          varchar(12)   not null check (status in ('PROVISIONAL', 'FINAL')),
    note            varchar(500),
    source          varchar(500)  not null,
    recorded_by     varchar(100)  not null,
    recorded_at     timestamptz   not null default now(),
    unique (indicator_code, scope_code, period, status)
);

create index indicator_value_scope on figures.indicator_value (scope_code, indicator_code);
