-- Portal accounts. Passwords are stored only as adaptive hashes (bcrypt through Spring Security's
-- delegating encoder, whose {id} prefix lets the algorithm be upgraded later).
create schema if not exists security;

create table security.account (
    username       varchar(60)  primary key check (username ~ '^[a-z0-9][a-z0-9._-]*$'),
    password_hash  varchar(200) not null,
    role           varchar(16)  not null check (role in ('OFFICIAL', 'DISTRICT_STAFF', 'REVIEWER', 'ADMIN')),
    -- the one area a district staff member works for
    area_code      varchar(12)  references plans.scope (code),
    enabled        boolean      not null default true,
    demo           boolean      not null default false,
    created_at     timestamptz  not null default now(),
    check ((role = 'DISTRICT_STAFF') = (area_code is not null))
);
