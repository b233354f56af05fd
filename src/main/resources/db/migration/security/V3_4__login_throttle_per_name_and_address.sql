-- A name's failed logins are counted per client address: portal.login.max-failures wrong passwords from one
-- address lock the name for that address only. Counted per name alone, a stranger anywhere could keep an account
-- locked for its holder by trying five passwords every lock-minutes. The old counts are dropped: they are minutes'
-- worth of state, and the lock they held was the problem.
drop table security.login_throttle;

create table security.login_throttle (
    username      varchar(200) not null,
    address       varchar(64)  not null,
    failures      integer      not null,
    locked_until  timestamptz,
    last_failure  timestamptz  not null default now(),
    primary key (username, address)
);

-- A lock of an existing account, for its holder (shown on every page until dismissed, seen_at) and for the
-- administrators (the user list): when, from which address, until when. Also in the audit log.
create table security.lock_notice (
    id            bigserial    primary key,
    username      varchar(60)  not null references security.account (username) on delete cascade,
    address       varchar(64)  not null,
    failures      integer      not null,
    locked_at     timestamptz  not null default now(),
    locked_until  timestamptz  not null,
    seen_at       timestamptz
);

create index lock_notice_unseen on security.lock_notice (username) where seen_at is null;
create index lock_notice_recent on security.lock_notice (locked_at desc);
