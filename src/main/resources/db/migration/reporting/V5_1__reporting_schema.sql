-- Quarterly reports of the districts (SPEC §2 Report, §4 Reporting and Review).
create schema if not exists reporting;

-- One district's report for one quarter. A correction after approval is a new revision; old revisions stay.
-- "version" is the optimistic lock: every write raises it, and a write naming an older version is refused.
create table reporting.report (
    id              bigserial     primary key,
    area_code       varchar(40)   not null references plans.scope (code),
    period          varchar(6)    not null check (period ~ '^[0-9]{4}Q[1-4]$'),
    revision        integer       not null default 1 check (revision >= 1),
    status          varchar(12)   not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    narrative       varchar(4000),
    review_comment  varchar(1000),
    version         integer       not null default 1,
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null default now(),
    changed_by      varchar(100)  not null,
    changed_at      timestamptz   not null default now(),
    submitted_by    varchar(100),
    submitted_at    timestamptz,
    reviewed_by     varchar(100),
    reviewed_at     timestamptz,
    demo            boolean       not null default false,
    unique (area_code, period, revision)
);

create index report_period on reporting.report (period, area_code);

-- A value of a report, with the district's note on it. A draft may leave a value empty.
create table reporting.report_value (
    report_id       bigint        not null references reporting.report (id),
    indicator_code  varchar(60)   not null references plans.indicator (code),
    value           numeric(20, 6),
    note            varchar(500),
    primary key (report_id, indicator_code)
);
