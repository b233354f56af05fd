-- Browser sessions in PostgreSQL (portal.sessions.store=database), so that every portal node behind one address
-- knows every signed-in user: Spring Session JDBC's PostgreSQL schema, in this module's schema instead of public
-- (its own initializer is not used). The attributes table's name is the session table's with _attributes, as
-- Spring Session derives it.
create table security.spring_session (
    primary_id             char(36)      not null,
    session_id             char(36)      not null,
    creation_time          bigint        not null,
    last_access_time       bigint        not null,
    max_inactive_interval  integer       not null,
    expiry_time            bigint        not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on security.spring_session (session_id);
create index spring_session_ix2 on security.spring_session (expiry_time);
create index spring_session_ix3 on security.spring_session (principal_name);

create table security.spring_session_attributes (
    session_primary_id  char(36)      not null,
    attribute_name      varchar(200)  not null,
    attribute_bytes     bytea         not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references security.spring_session (primary_id) on delete cascade
);
