-- City departments and the other bodies a plan makes responsible for its key tasks (牵头单位, 责任单位), kept
-- beside the areas as reference data. Only the bodies the seed documents name are here; a department that no
-- document names is not guessed. Districts are responsible as areas (plans.scope), not as departments.
create table plans.department (
    code        varchar(60)  primary key check (code ~ '^[a-z][a-z0-9-]*$'),
    kind        varchar(24)  not null check (kind in ('COORDINATING_BODY', 'DEPARTMENT', 'INDUSTRY_ORGANISATION')),
    scope_code  varchar(40)  not null references plans.scope (code),
    name_zh     varchar(100) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null default 0,
    source      varchar(300) not null
);

insert into plans.department (code, kind, scope_code, name_zh, name_en, sort_order, source) values
    ('hz-cci-steering-committee', 'COORDINATING_BODY', '330100', '杭州市文化创意产业指导委员会',
     'Hangzhou Municipal Steering Committee for Cultural and Creative Industries', 1,
     'seed 001_89165758de0c030f.txt, 七（一）组织保障; seed 000_e14a76f161e5b88d.txt, 4、Safeguard measures (1)'),
    ('hz-cultural-reform-group', 'COORDINATING_BODY', '330100', '杭州市文化体制改革领导小组',
     'Hangzhou Municipal Leading Group for Cultural System Reform', 2,
     'seed 000_e14a76f161e5b88d.txt, 4、Safeguard measures (1) (the seed is an English translation; the Chinese name is the usual one)'),
    ('hz-cci-association', 'INDUSTRY_ORGANISATION', '330100', '杭州市文化创意产业协会',
     'Hangzhou Cultural and Creative Industry Association', 3,
     'seed 001_89165758de0c030f.txt, 七（四）服务保障 (市文创协会)'),
    ('hz-cci-talent-association', 'INDUSTRY_ORGANISATION', '330100', '杭州市文化创意人才协会',
     'Hangzhou Cultural and Creative Talent Association', 4,
     'seed 001_89165758de0c030f.txt, 七（四）服务保障 (市文创人才协会)'),
    ('hz-cci-research-centre', 'INDUSTRY_ORGANISATION', '330100', '杭州文创研究中心',
     'Hangzhou Cultural and Creative Research Centre', 5,
     'seed 001_89165758de0c030f.txt, 七（四）服务保障');
