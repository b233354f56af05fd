-- The annual assessment (年度考核, issue 15): how a plan's responsible units are scored for a year. The rules are data:
-- an administrator sets them per plan and year; the one row without a plan holds the portal's defaults, used (and
-- labelled as defaults) for every plan and year without rules of its own. See docs/methodology.md, "Annual assessment".
create schema if not exists assessment;

create table assessment.scoring_rules (
    id                  bigserial     primary key,
    plan_code           varchar(40)   references plans.plan (code) on delete cascade,
    year                integer       check (year between 1990 and 2100),
    -- the weights of the targets' part and the tasks' part of the score, in percent
    target_weight       numeric(5,2)  not null check (target_weight between 0 and 100),
    task_weight         numeric(5,2)  not null check (task_weight between 0 and 100),
    -- what a task counts for when the unit leads it (牵头) and when it shares it (责任单位)
    lead_factor         numeric(4,2)  not null check (lead_factor > 0 and lead_factor <= 10),
    responsible_factor  numeric(4,2)  not null check (responsible_factor between 0 and 10),
    updated_by          varchar(100)  not null,
    updated_at          timestamptz   not null default now(),
    version             integer       not null default 0,
    check (target_weight + task_weight = 100),
    check ((plan_code is null) = (year is null))
);
create unique index scoring_rules_per_plan_year on assessment.scoring_rules (plan_code, year) where plan_code is not null;
create unique index scoring_rules_one_default on assessment.scoring_rules ((plan_code is null)) where plan_code is null;

-- The points (0–100) a target or a task earns at a status; a status without a row is not counted.
create table assessment.status_points (
    rules_id  bigint        not null references assessment.scoring_rules (id) on delete cascade,
    subject   varchar(6)    not null check (subject in ('TARGET', 'TASK')),
    status    varchar(20)   not null,
    points    numeric(5,2)  not null check (points between 0 and 100),
    primary key (rules_id, subject, status)
);

-- The defaults: targets 60 %, tasks 40 %; a shared task counts half as much as a led one. A target without data, a
-- baseline or a target value is not counted (the unit is not judged on what nobody can measure).
insert into assessment.scoring_rules (plan_code, year, target_weight, task_weight, lead_factor, responsible_factor, updated_by)
values (null, null, 60, 40, 1, 0.5, 'seed');
insert into assessment.status_points (rules_id, subject, status, points)
select r.id, p.subject, p.status, p.points from assessment.scoring_rules r
 cross join (values ('TARGET', 'ACHIEVED', 100), ('TARGET', 'ON_TRACK', 90), ('TARGET', 'AT_RISK', 60),
                    ('TARGET', 'OFF_TRACK', 30), ('TARGET', 'MISSED', 0),
                    ('TASK', 'COMPLETED_ON_TIME', 100), ('TASK', 'COMPLETED', 80), ('TASK', 'IN_PROGRESS', 80),
                    ('TASK', 'NOT_STARTED', 30), ('TASK', 'BEHIND', 40), ('TASK', 'OVERDUE', 0)) p (subject, status, points)
 where r.plan_code is null;
