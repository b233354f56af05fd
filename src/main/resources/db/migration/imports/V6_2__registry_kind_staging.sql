-- Staging for the registry kinds (parks, enterprises, projects). An enterprise's industry class may be written as
-- its code or its Chinese name and its park by name: both are staged as written and resolved set-based, so a
-- name can be longer than a code. Optional flags stay null when the cell is empty; the merge reads null as N.
alter table imports.stage_enterprise
    alter column industry_class type varchar(100),
    alter column listed drop not null,
    alter column leading_enterprise drop not null,
    alter column headquarters drop not null,
    alter column export_key drop not null;

create unlogged table imports.stage_park (
    import_id        bigint        not null,
    row_no           integer       not null,
    name_zh          varchar(100)  not null,
    name_en          varchar(200),
    area_code        varchar(12),
    level            varchar(12),
    type             varchar(12)   not null,
    key_platform     boolean,
    recognised_year  integer,
    -- group codes; null (an empty cell) means the park belongs to no group
    groups           text[],
    source           varchar(300)  not null
);

create unlogged table imports.stage_project (
    import_id             bigint          not null,
    row_no                integer         not null,
    name                  varchar(200)    not null,
    area_code             varchar(12)     not null,
    category              varchar(16)     not null,
    planned_investment    numeric(18, 2),
    completed_investment  numeric(18, 2),
    status                varchar(12)     not null,
    planned_start         date,
    started_on            date,
    completed_on          date,
    groups                text[]
);
