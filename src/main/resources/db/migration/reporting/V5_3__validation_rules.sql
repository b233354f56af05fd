-- The validation rules of report values (issue 14): which run, hard (refuse the save) or soft (ask for a note and
-- flag the value for the reviewer), and their thresholds, which administrators change on /admin/rules.
-- threshold: a change in % (year_on_year), a share in % (ratio_parts) or a robust z-score (the outlier rules);
-- min_count: the fewest values the outlier rules compare with. "version" is the admin page's optimistic lock.
create table reporting.validation_rule (
    code        varchar(40)    primary key,
    kind        varchar(4)     not null check (kind in ('HARD', 'SOFT')),
    threshold   numeric(12, 4) check (threshold > 0),
    min_count   integer        check (min_count >= 1),
    enabled     boolean        not null default true,
    sort_order  integer        not null,
    version     integer        not null default 1
);

insert into reporting.validation_rule (code, kind, threshold, min_count, sort_order) values
    ('ytd_decline',      'HARD', null, null, 10),
    ('ratio_parts',      'HARD', 100,  null, 20),
    ('year_on_year',     'SOFT', 50,   null, 30),
    ('district_outlier', 'SOFT', 3.5,  4,    40),
    ('own_history',      'SOFT', 3.5,  4,    50);
