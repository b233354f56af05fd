-- Indicators computed from the registries of parks, enterprises and projects (SPEC §2, "source DERIVED").
-- Values stored for them (published statistics) still take precedence over what the registries give;
-- see docs/methodology.md, "Derived indicators".
update plans.indicator set origin = 'DERIVED'
 where code in ('above_size_enterprises', 'above_size_revenue', 'digital_enterprise_revenue', 'digital_revenue_share',
                'above_size_employees', 'national_parks', 'provincial_municipal_parks', 'parks_platforms',
                'key_platforms', 'listed_enterprises', 'listed_leading_enterprises',
                'project_start_completion_rate');

-- The start and completion rate is a ratio of two counts, so that a belt's or the city's rate is recomputed from
-- summed counts, never averaged.
insert into plans.indicator (code, name_zh, name_en, unit, direction, nature, path, origin,
                             numerator_code, denominator_code, display_scale, definition_zh, definition_en) values
    ('key_projects_due', '应开工重点项目数', 'Key projects due to have started', '个', 'HIGHER', 'STOCK', 'LINEAR', 'DERIVED',
     null, null, 0,
     '计划开工日期不晚于期末的重点文化产业项目个数。',
     'Number of key cultural industry projects whose planned start date is not later than the end of the period.'),
    ('key_projects_started', '已开工或建成重点项目数', 'Key projects started or completed', '个', 'HIGHER', 'STOCK', 'LINEAR', 'DERIVED',
     null, null, 0,
     '应开工重点项目中，期末前已开工或已建成的个数。',
     'Of the key projects due to have started, those started or completed by the end of the period.');

update plans.indicator
   set numerator_code = 'key_projects_started', denominator_code = 'key_projects_due',
       definition_zh = '已开工或建成的重点项目数占应开工重点项目数的比重，以汇总后的分子除以汇总后的分母计算。',
       definition_en = 'Key projects started or completed as a percentage of the key projects due to have started, computed from summed counts.'
 where code = 'project_start_completion_rate';
