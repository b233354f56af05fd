-- Reference data of the plans module: scopes (areas and groups), indicators, plans and their targets.
create schema if not exists plans;

-- A scope is anything a target or a value can be attached to: an administrative area keyed by its
-- GB/T 2260 division code, or a named group (belt, corridor, cluster, region) keyed by its own code.
create table plans.scope (
    code        varchar(40)  primary key,
    kind        varchar(16)  not null check (kind in ('COUNTRY', 'PROVINCE', 'CITY', 'DISTRICT',
                                                       'BELT', 'CORRIDOR', 'CLUSTER', 'REGION')),
    parent_code varchar(40)  references plans.scope (code),
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    sort_order  integer      not null default 0,
    source      varchar(300),
    check (kind in ('COUNTRY', 'PROVINCE', 'CITY', 'DISTRICT') = (code ~ '^[0-9]{6}$'))
);

-- Membership of a group: areas (e.g. the western districts) or other groups (the two belts together).
create table plans.scope_member (
    group_code  varchar(40) not null references plans.scope (code),
    member_code varchar(40) not null references plans.scope (code),
    source      varchar(300),
    primary key (group_code, member_code),
    check (group_code <> member_code)
);

-- The key platforms that the plan's corridor and cluster tables name for each group.
create table plans.group_platform (
    id          bigserial    primary key,
    group_code  varchar(40)  not null references plans.scope (code),
    name_zh     varchar(100) not null,
    sort_order  integer      not null,
    source      varchar(300) not null,
    unique (group_code, name_zh)
);

create table plans.indicator (
    code              varchar(60)  primary key check (code ~ '^[a-z][a-z0-9_]*$'),
    name_zh           varchar(200) not null,
    name_en           varchar(200) not null,
    unit              varchar(8)   not null check (unit in ('亿元', '万元', '元', '%', '个', '家', '家次', '人', '万人', '部')),
    direction         varchar(8)   not null check (direction in ('HIGHER', 'LOWER')),
    nature            varchar(8)   not null check (nature in ('FLOW', 'STOCK')),
    path              varchar(8)   not null check (path in ('LINEAR', 'COMPOUND')),
    origin            varchar(8)   not null check (origin in ('REPORTED', 'DERIVED')),
    numerator_code    varchar(60)  references plans.indicator (code),
    denominator_code  varchar(60)  references plans.indicator (code),
    display_scale     smallint     not null default 0 check (display_scale between 0 and 4),
    definition_zh     varchar(1000),
    definition_en     varchar(1000),
    check ((numerator_code is null) = (denominator_code is null))
);

create table plans.plan (
    code           varchar(40)   primary key,
    title_zh       varchar(300)  not null,
    title_en       varchar(300)  not null,
    issuer_zh      varchar(200)  not null,
    issuer_en      varchar(200)  not null,
    level          varchar(12)   not null check (level in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT')),
    home_scope     varchar(40)   not null references plans.scope (code),
    period_start   integer       not null,
    period_end     integer       not null,
    baseline_year  integer       not null,
    issued_on      date,
    source         varchar(300)  not null,
    sort_order     integer       not null default 0,
    check (period_start <= period_end and baseline_year < period_end)
);

create table plans.target (
    id              bigserial     primary key,
    plan_code       varchar(40)   not null references plans.plan (code),
    indicator_code  varchar(60)   not null references plans.indicator (code),
    scope_code      varchar(40)   not null references plans.scope (code),
    kind            varchar(10)   not null check (kind in ('LEVEL', 'GROWTH', 'MAINTAIN', 'MONITOR')),
    comparator      varchar(2)    check (comparator in ('>=', '>', '<=', '<')),
    baseline_value  numeric(20, 6),
    baseline_year   integer       not null,
    target_value    numeric(20, 6),
    target_year     integer       not null,
    -- exact wording of the document where the number is approximate ("左右", "力争")
    wording         varchar(300),
    source          varchar(300)  not null,
    set_by          varchar(100)  not null default 'seed',
    sort_order      integer       not null default 0,
    unique (plan_code, indicator_code, scope_code, kind, target_year),
    check (baseline_year < target_year),
    check (kind = 'MONITOR' or (comparator is not null and target_value is not null))
);

create index target_plan_scope on plans.target (plan_code, scope_code);
