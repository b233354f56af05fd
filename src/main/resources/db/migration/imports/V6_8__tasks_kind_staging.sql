-- Staging for the tasks kind (key tasks, issue 15). Units are staged by name as written (a district or a
-- department, in either language) and linked targets by indicator code: the tasks module resolves both, set-based,
-- against the reference data. A task's key is its plan and its number (tasks.task.code).
alter table imports.import drop constraint import_kind_check;
alter table imports.import add constraint import_kind_check
    check (kind in ('values', 'areas', 'plans', 'parks', 'enterprises', 'enterprise-figures', 'projects', 'tasks'));

create unlogged table imports.stage_task (
    import_id          bigint         not null,
    row_no             integer        not null,
    plan_code          varchar(40)    not null,
    code               varchar(60)    not null,
    source_section     varchar(300)   not null,
    title_zh           varchar(300)   not null,
    title_en           varchar(300),
    description_zh     varchar(2000),
    description_en     varchar(2000),
    kind               varchar(12)    not null,
    deadline           date,
    annual_cycle       boolean,
    lead_unit          varchar(200),
    -- names as written, once each; null (an empty cell) means none
    responsible_units  text[],
    -- indicator codes of the plan's targets the task serves
    targets            text[]
);
