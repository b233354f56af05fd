-- Actual figures the seeds state as exact numbers that V2_2 did not load (issue 18), each with its period and the
-- section it comes from. The seeds' bounds (占全省40%以上, 年均增速15%以上, 30余位, 1 billion+ users) and the western
-- districts' share (which no seed states) are not values: docs/methodology.md, "Figures the seeds state".
insert into figures.indicator_value (indicator_code, scope_code, period, value, status, note, source, recorded_by) values
    ('above_size_revenue_growth', '330100', '2020', 12.41, 'FINAL',
     '2020年规上文化企业实现主营业务收入8001亿元，同比增长12.41%',
     'seed 001_89165758de0c030f.txt, 一（五）文化企业发展质量领跑全国', 'published-data'),
    ('licensed_online_animations_national_share', '330100', '2025', 31, 'FINAL',
     '“十四五”期间杭产网络动画片491部取得发行许可，占全国31%',
     'seed 003_6fe647aec305c372.txt, paragraph "Statistics show that during the 14th Five-Year Plan period": accounting for 31% of the country''s total',
     'published-data');
