-- The import centre (SPEC §5): every upload is recorded with its file's checksum, who, when and its counts; its
-- rows wait in a staging table between the preview and the commit, and the commit keeps what it changed.
create schema if not exists imports;

create table imports.import (
    id            bigserial     primary key,
    kind          varchar(20)   not null check (kind in ('values', 'areas', 'plans', 'parks', 'enterprises',
                                                       'enterprise-figures', 'projects')),
    file_name     varchar(255)  not null,
    checksum      char(64)      not null,
    size_bytes    bigint        not null,
    format        varchar(4)    not null,
    encoding      varchar(12),
    rows          integer       not null default 0,
    accepted      integer       not null default 0,
    problems      integer       not null default 0,
    created       integer       not null default 0,
    changed       integer       not null default 0,
    unchanged     integer       not null default 0,
    -- PREVIEWED: staged, nothing changed yet; COMMITTED: applied; DISCARDED: never to be applied
    status        varchar(10)   not null check (status in ('PREVIEWED', 'COMMITTED', 'DISCARDED')),
    uploaded_by   varchar(100)  not null,
    uploaded_at   timestamptz   not null default now(),
    committed_by  varchar(100),
    committed_at  timestamptz,
    -- the file's own header of each template column (to name columns in problems as the file does), and the
    -- columns it has that the template does not
    headers       jsonb,
    ignored       text[]        not null default '{}',
    check ((status = 'COMMITTED') = (committed_at is not null))
);
create index import_checksum on imports.import (checksum);

-- Every problem of a preview, as (row, column, value, message); the message is a key of the imports bundle and
-- its arguments, so that each reader sees it in their language.
create table imports.problem (
    import_id    bigint        not null references imports.import (id) on delete cascade,
    row_no       integer       not null,
    column_name  varchar(100)  not null,
    value        varchar(300),
    message_key  varchar(100)  not null,
    arguments    text[]        not null default '{}'
);
create index problem_import on imports.problem (import_id, row_no);

-- What a commit changed, row by row: the natural key of the row, and its values before (null when the row was
-- new) and after.
create table imports.change (
    import_id  bigint   not null references imports.import (id),
    row_no     integer  not null,
    subject    text     not null,
    before     jsonb,
    after      jsonb    not null
);
create index change_import on imports.change (import_id, row_no);

-- Staging tables: the parsed rows of a preview, one table per kind, unlogged because they are rebuilt from the
-- file whenever they are lost. Values are already checked cell by cell; what needs the database (references,
-- duplicates within the file) is checked set-based before a commit.
create unlogged table imports.stage_enterprise_figure (
    import_id    bigint         not null,
    row_no       integer        not null,
    credit_code  varchar(18)    not null,
    period       varchar(6)     not null,
    revenue      numeric(18, 2) not null,
    employees    integer
);

create unlogged table imports.stage_enterprise (
    import_id       bigint        not null,
    row_no          integer       not null,
    credit_code     varchar(18)   not null,
    name            varchar(200)  not null,
    area_code       varchar(12)   not null,
    industry_class  varchar(4)    not null,
    above_size      boolean       not null,
    digital         boolean,
    listed          boolean       not null,
    stock_code      varchar(20),
    leading_enterprise boolean    not null,
    headquarters    boolean       not null,
    export_key      boolean       not null,
    park            varchar(100)
);

create unlogged table imports.stage_value (
    import_id       bigint         not null,
    row_no          integer        not null,
    indicator_code  varchar(60)    not null,
    scope_code      varchar(40)    not null,
    period          varchar(6)     not null,
    value           numeric(20, 6) not null,
    status          varchar(12)    not null,
    note            varchar(500),
    source          varchar(500)
);
