-- Evidence files attached to reports (docs/architecture.md, "Evidence"). The content is kept here, beside its SHA-256
-- checksum, so that a backup of the database holds the files too and a damaged copy is noticed when it is read.
create schema if not exists evidence;

create table evidence.file (
    id             bigserial     primary key,
    -- the name as uploaded, without any path: it is offered again as the download's name
    name           varchar(255)  not null,
    -- as recognised from the content, not from the name
    media_type     varchar(100)  not null,
    size           bigint        not null check (size > 0),
    sha256         char(64)      not null,
    content        bytea         not null,
    uploader_name  varchar(60)   not null,
    stored_at      timestamptz   not null default now()
);
