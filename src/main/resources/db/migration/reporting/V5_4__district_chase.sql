-- 催报: a reviewer or administrator urged a late district to hand in its report. At most once a day per district
-- (Beijing date), which the primary key enforces whoever asks and on whichever node.
create table reporting.chase (
    area_code   varchar(40)  not null references plans.scope (code),
    chased_on   date         not null,
    period      varchar(6)   not null,
    chased_by   varchar(60)  not null,
    chased_at   timestamptz  not null default now(),
    primary key (area_code, chased_on)
);
