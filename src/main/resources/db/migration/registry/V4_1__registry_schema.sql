-- The registries behind the derived indicators (SPEC §2 "Registries"): parks and platforms, enterprises with
-- their quarterly figures, and projects. Rows of the synthetic demo dataset carry synthetic = true, so that
-- every figure computed from them can say so, and production never counts them.
create schema if not exists registry;

-- 《文化及相关产业分类（2018）》: its nine divisions (大类), core (01-06) or related (07-09).
create table registry.culture_division (
    code     char(2)      primary key check (code ~ '^0[1-9]$'),
    name_zh  varchar(60)  not null,
    name_en  varchar(100) not null,
    core     boolean      not null
);

-- Its classes (小类, four digits) that the portal knows, each with the digital-culture flag it implies.
create table registry.industry_class (
    code           char(4)      primary key check (code ~ '^0[1-9][0-9]{2}$'),
    division_code  char(2)      not null references registry.culture_division (code),
    name_zh        varchar(100) not null,
    name_en        varchar(200) not null,
    digital        boolean      not null,
    check (substr(code, 1, 2) = division_code)
);

create table registry.park (
    id               bigserial    primary key,
    name_zh          varchar(100) not null unique,
    name_en          varchar(200),
    -- the district; unknown for the key platforms that the plan lists without one
    area_code        varchar(12)  references plans.scope (code),
    level            varchar(12)  check (level in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL')),
    type             varchar(12)  not null check (type in ('PARK', 'BLOCK', 'BASE', 'HEADQUARTERS', 'EXPORT_BASE', 'PLATFORM')),
    key_platform     boolean      not null default false,
    recognised_year  integer      check (recognised_year between 1949 and 2100),
    source           varchar(300) not null,
    synthetic        boolean      not null default false,
    version          integer      not null default 0
);

create table registry.park_group (
    park_id     bigint      not null references registry.park (id) on delete cascade,
    group_code  varchar(40) not null references plans.scope (code),
    primary key (park_id, group_code)
);
create index park_group_group on registry.park_group (group_code);

create table registry.enterprise (
    id              bigserial    primary key,
    -- 统一社会信用代码 (GB 32100-2015); its check character is verified before a row is stored
    credit_code     char(18)     not null unique check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    name            varchar(200) not null,
    area_code       varchar(12)  not null references plans.scope (code),
    park_id         bigint       references registry.park (id),
    industry_class  char(4)      not null references registry.industry_class (code),
    above_size      boolean      not null,
    -- null: as the industry class implies; true/false: overridden for this enterprise
    digital         boolean,
    listed          boolean      not null default false,
    stock_code      varchar(20),
    leading_enterprise boolean   not null default false,
    headquarters    boolean      not null default false,
    export_key      boolean      not null default false,
    synthetic       boolean      not null default false,
    version         integer      not null default 0,
    updated_by      varchar(60)  not null,
    updated_at      timestamptz  not null default now(),
    check (listed = (stock_code is not null))
);
create index enterprise_area on registry.enterprise (area_code);
create index enterprise_park on registry.enterprise (park_id);

-- Year-to-date revenue (万元) at the end of a quarter, as Chinese statistics report it, and the head-count.
create table registry.enterprise_figure (
    enterprise_id  bigint         not null references registry.enterprise (id) on delete cascade,
    period         varchar(6)     not null check (period ~ '^[0-9]{4}Q[1-4]$'),
    revenue        numeric(18, 2) not null check (revenue >= 0),
    employees      integer        check (employees >= 0),
    primary key (enterprise_id, period)
);
create index enterprise_figure_period on registry.enterprise_figure (period);

create table registry.project (
    id                    bigserial      primary key,
    name                  varchar(200)   not null,
    area_code             varchar(12)    not null references plans.scope (code),
    category              varchar(16)    not null check (category in ('KEY', 'EXPORT', 'DEMONSTRATION')),
    planned_investment    numeric(18, 2) check (planned_investment >= 0),
    completed_investment  numeric(18, 2) check (completed_investment >= 0),
    status                varchar(12)    not null check (status in ('PLANNED', 'STARTED', 'COMPLETED')),
    planned_start         date,
    started_on            date,
    completed_on          date,
    synthetic             boolean        not null default false,
    version               integer        not null default 0,
    updated_by            varchar(60)    not null,
    updated_at            timestamptz    not null default now(),
    unique (area_code, name),
    check ((status = 'PLANNED') = (started_on is null)),
    check ((status = 'COMPLETED') = (completed_on is not null)),
    check (completed_on is null or completed_on >= started_on)
);
create index project_area on registry.project (area_code);

create table registry.project_group (
    project_id  bigint      not null references registry.project (id) on delete cascade,
    group_code  varchar(40) not null references plans.scope (code),
    primary key (project_id, group_code)
);
create index project_group_group on registry.project_group (group_code);
