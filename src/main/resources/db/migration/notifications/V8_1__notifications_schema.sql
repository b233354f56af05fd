-- The message centre (docs/reporting.md, "Reminders and notifications"). A notification keeps its message key
-- (the kind) and arguments, never rendered text, so each reader sees it in their own language.
create schema if not exists notifications;

create table notifications.notification (
    id          bigserial    primary key,
    -- deleting an account deletes its messages
    recipient   varchar(60)  not null references security.account (username) on delete cascade,
    kind        varchar(30)  not null,
    arguments   text[]       not null default '{}',
    link        varchar(300),
    -- a reminder is sent at most once per recipient, kind and quarter (or day, for 催报): reruns are idempotent
    once_key    varchar(60),
    created_at  timestamptz  not null default now(),
    read_at     timestamptz,
    unique (recipient, once_key)
);

create index notification_by_recipient on notifications.notification (recipient, created_at desc, id desc);
create index notification_unread on notifications.notification (recipient) where read_at is null;

-- E-mail, the second channel: an outbox delivered and retried by the scheduled job, so that a failing mail server
-- never holds up the write that caused the message.
create table notifications.mail (
    id               bigserial    primary key,
    notification_id  bigint       not null references notifications.notification (id) on delete cascade,
    address          varchar(254) not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    sent_at          timestamptz,
    -- set when the message will not be sent: too many failures, or the account disabled since
    dropped_at       timestamptz,
    last_error       varchar(500)
);

create index mail_pending on notifications.mail (next_attempt_at) where sent_at is null and dropped_at is null;

-- ShedLock's table: the scheduled jobs run on one node at a time (net.javacrumbs.shedlock, JdbcTemplateLockProvider
-- with the database's time, which it writes as UTC without a zone: hence timestamp, not timestamptz).
create table notifications.shedlock (
    name        varchar(64)  primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
