-- The report validation rules run on a values file too (issue 14). A row problem a rule found names the rule, so
-- that its message is written by the rules' owner in the reader's language; a soft rule's finding is a warning:
-- shown in the preview and the result, it does not stop the commit. An import counts its warnings apart from its
-- problems, which alone stop it.
alter table imports.problem
    add column rule    varchar(40),
    add column warning boolean not null default false;

alter table imports.import add column warnings integer not null default 0;
