-- Failed logins per username, to lock out password guessing (portal.login.max-failures failures lock the
-- name for portal.login.lock-minutes). Keyed by the name as typed, whether or not an account has it, so
-- that a lock says nothing about which usernames exist.
create table security.login_throttle (
    username      varchar(200) primary key,
    failures      integer      not null,
    locked_until  timestamptz,
    last_failure  timestamptz  not null default now()
);
