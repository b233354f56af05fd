-- Staging for the reference kinds (values, areas, plans). An empty status of a value means final (年报), the
-- common case in the bureau's files, so the staged status may be null and the merge reads it as FINAL.
alter table imports.stage_value alter column status drop not null;

create unlogged table imports.stage_area (
    import_id   bigint        not null,
    row_no      integer       not null,
    code        varchar(40)   not null,
    kind        varchar(16)   not null,
    name_zh     varchar(100)  not null,
    name_en     varchar(100)  not null,
    -- as the file writes them: a code or a name, of a stored scope or of a row of the same file
    parent      varchar(100),
    members     text[],
    sort_order  integer,
    source      varchar(300)  not null
);

create unlogged table imports.stage_plan (
    import_id           bigint         not null,
    row_no              integer        not null,
    plan_code           varchar(40)    not null,
    title_zh            varchar(300),
    title_en            varchar(300),
    issuer_zh           varchar(200),
    issuer_en           varchar(200),
    level               varchar(12),
    home_scope          varchar(40),
    period_start        integer,
    period_end          integer,
    plan_baseline_year  integer,
    plan_source         varchar(300),
    indicator_code      varchar(60)    not null,
    scope_code          varchar(40)    not null,
    kind                varchar(10)    not null,
    comparator          varchar(2),
    baseline_value      numeric(20, 6),
    baseline_year       integer        not null,
    target_value        numeric(20, 6),
    target_year         integer        not null,
    wording             varchar(300),
    source              varchar(300)   not null
);

-- The scope an areas file means by a code or a name: a row of the file itself first (it may rename a stored
-- scope), then a stored scope; names compared as the import reads them, spaces and case aside.
create function imports.staged_scope(p_import bigint, p_name text) returns varchar
language sql stable as $$
    select coalesce(
        (select s.code from imports.stage_area s
         where s.import_id = p_import
           and lower(replace(p_name, ' ', '')) in (lower(s.code), lower(replace(s.name_zh, ' ', '')),
                                                 lower(replace(s.name_en, ' ', '')))
         order by s.row_no limit 1),
        (select p.code from plans.scope p
         where lower(replace(p_name, ' ', '')) in (lower(p.code), lower(replace(p.name_zh, ' ', '')),
                                                 lower(replace(p.name_en, ' ', '')))
         order by p.sort_order, p.code limit 1))
$$;
