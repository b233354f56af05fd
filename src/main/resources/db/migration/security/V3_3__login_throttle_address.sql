-- Failed logins per client address, whatever the names tried, to stop password spraying (many names, a few
-- passwords each, from one address): portal.login.max-failures-per-address failures within
-- portal.login.address-window-minutes lock the address for as long. A success does not clear the count (one
-- known password must not reset the spraying of the others); the window does.
create table security.login_throttle_address (
    address        varchar(64)  primary key,
    failures       integer      not null,
    window_start   timestamptz  not null default now(),
    locked_until   timestamptz,
    last_failure   timestamptz  not null default now()
);
