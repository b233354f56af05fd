-- How an account is reached (issue 14): a name, an e-mail address and a phone number, each optional, shown to
-- reviewers on the completeness board; the e-mail address also receives the portal's notifications, written in
-- the account's language.
alter table security.account
    add column full_name  varchar(100),
    add column email      varchar(254) check (email ~ '^[^@\s]+@[^@\s]+$'),
    add column phone      varchar(40),
    add column language   varchar(2) not null default 'zh' check (language in ('zh', 'en'));
