-- Quarterly progress reports on key tasks (issue 15): each responsible unit reports on its task each quarter, a
-- reviewer approves or returns the report, as with figure reports. An approved report is kept; correcting it opens
-- the next revision, so every approved revision stays in the history.
create table tasks.task_report (
    id              bigserial     primary key,
    task_id         bigint        not null references tasks.task (id) on delete cascade,
    -- the reporting unit as a task names it: area:330106 or department:hz-cci-association
    unit_key        varchar(80)   not null check (unit_key ~ '^(area|department):[A-Za-z0-9._-]+$'),
    period          varchar(6)    not null check (period ~ '^[0-9]{4}Q[1-4]$'),
    revision        integer       not null default 1 check (revision >= 1),
    status          varchar(10)   not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    narrative       varchar(4000),
    review_comment  varchar(1000),
    changed_by      varchar(100)  not null,
    changed_at      timestamptz   not null,
    submitted_by    varchar(100),
    submitted_at    timestamptz,
    reviewed_by     varchar(100),
    reviewed_at     timestamptz,
    version         integer       not null default 1,
    unique (task_id, unit_key, period, revision)
);
create index task_report_by_task on tasks.task_report (task_id, period);

-- The milestones a report says were reached, and on which day. They count for the task's status once the report
-- is approved.
create table tasks.task_report_milestone (
    report_id     bigint  not null references tasks.task_report (id) on delete cascade,
    milestone_id  bigint  not null references tasks.task_milestone (id) on delete cascade,
    reached_on    date    not null,
    primary key (report_id, milestone_id)
);

-- Evidence files attached to a report, by id: the files belong to the evidence module.
create table tasks.task_report_evidence (
    report_id    bigint  not null references tasks.task_report (id) on delete cascade,
    evidence_id  bigint        not null,
    file_name    varchar(300)  not null,
    primary key (report_id, evidence_id)
);

alter table tasks.task_event drop constraint task_event_action_check;
alter table tasks.task_event add constraint task_event_action_check check (action in ('CREATED', 'ASSIGNED', 'CLOSED',
    'REOPENED', 'REPORT_SAVED', 'REPORT_SUBMITTED', 'REPORT_APPROVED', 'REPORT_RETURNED', 'REPORT_EVIDENCE'));
