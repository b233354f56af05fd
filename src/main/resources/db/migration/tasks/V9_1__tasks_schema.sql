-- Key tasks (重点任务, issue 15): the non-numeric commitments of a plan, tracked beside its targets.
create schema if not exists tasks;

-- A task belongs to a plan and cites the section of the plan's document it comes from, as targets do. Its title is
-- in both languages; source_language says which is the document's own and which a translation, and source_text
-- keeps the document's words. A task either has a deadline, or follows the annual cycle of year-start deployment,
-- mid-year check and year-end assessment (its checkpoints are milestones), or both.
create table tasks.task (
    id               bigserial     primary key,
    plan_code        varchar(40)   not null references plans.plan (code),
    code             varchar(60)   not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    source_section   varchar(300)  not null,
    source_language  varchar(2)    not null check (source_language in ('zh', 'en')),
    source_text      varchar(2000),
    title_zh         varchar(300)  not null,
    title_en         varchar(300)  not null,
    description_zh   varchar(2000),
    description_en   varchar(2000),
    kind             varchar(12)   not null check (kind in ('DELIVERABLE', 'MILESTONE', 'RECURRING')),
    annual_cycle     boolean       not null default false,
    deadline         date,
    started_on       date,
    completed_on     date,
    closed_by        varchar(100),
    close_note       varchar(1000),
    created_by       varchar(100)  not null default 'seed',
    sort_order       integer       not null default 0,
    version          integer       not null default 0,
    unique (plan_code, code),
    check ((description_zh is null) = (description_en is null)),
    check ((completed_on is null) = (closed_by is null))
);

-- The lead unit (牵头单位, at most one) and the responsible units (责任单位) of a task: each an area or a department.
-- None at all is a task still to be assigned ("责任单位待明确").
create table tasks.task_unit (
    task_id          bigint        not null references tasks.task (id) on delete cascade,
    role             varchar(12)   not null check (role in ('LEAD', 'RESPONSIBLE')),
    area_code        varchar(40)   references plans.scope (code),
    department_code  varchar(60)   references plans.department (code),
    check ((area_code is null) <> (department_code is null))
);
create unique index task_unit_area on tasks.task_unit (task_id, area_code) where area_code is not null;
create unique index task_unit_department on tasks.task_unit (task_id, department_code) where department_code is not null;
create unique index task_one_lead on tasks.task_unit (task_id) where role = 'LEAD';
create index task_unit_by_area on tasks.task_unit (area_code);
create index task_unit_by_department on tasks.task_unit (department_code);

-- The belts, corridors, clusters or areas a task concerns (not who does it): the belt's board lists them.
create table tasks.task_scope (
    task_id     bigint       not null references tasks.task (id) on delete cascade,
    scope_code  varchar(40)  not null references plans.scope (code),
    primary key (task_id, scope_code)
);
create index task_scope_by_scope on tasks.task_scope (scope_code);

-- Milestones, and the annual cycle's checkpoints: due on a date, reached on a date (reports will set it).
create table tasks.task_milestone (
    id          bigserial     primary key,
    task_id     bigint        not null references tasks.task (id) on delete cascade,
    title_zh    varchar(300)  not null,
    title_en    varchar(300)  not null,
    due_on      date          not null,
    reached_on  date,
    checkpoint  varchar(10)   check (checkpoint in ('YEAR_START', 'MID_YEAR', 'YEAR_END')),
    sort_order  integer       not null default 0
);
create index task_milestone_by_task on tasks.task_milestone (task_id, due_on);

-- Links to the quantitative targets and the registry's rows a task concerns, by id only: they belong to other
-- modules (plans, registry), which may renumber or delete them without asking this one.
create table tasks.task_target (
    task_id    bigint  not null references tasks.task (id) on delete cascade,
    target_id  bigint  not null,
    primary key (task_id, target_id)
);

create table tasks.task_link (
    task_id  bigint       not null references tasks.task (id) on delete cascade,
    kind     varchar(10)  not null check (kind in ('PARK', 'PROJECT', 'ENTERPRISE')),
    ref_id   bigint       not null,
    primary key (task_id, kind, ref_id)
);

-- The task's own history as its page shows it (created, assigned, closed; later: reports). The audit log keeps the
-- same changes with old and new values.
create table tasks.task_event (
    id           bigserial     primary key,
    task_id      bigint        not null references tasks.task (id) on delete cascade,
    occurred_at  timestamptz   not null default now(),
    actor        varchar(100)  not null,
    action       varchar(20)   not null check (action in ('CREATED', 'ASSIGNED', 'CLOSED', 'REOPENED')),
    detail       varchar(1000)
);
create index task_event_by_task on tasks.task_event (task_id, occurred_at);
