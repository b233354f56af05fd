-- Indicators for actual figures the seeds state that no earlier indicator could hold (issue 18; the values are loaded
-- by figures V2_3). Figures the seeds give only as bounds (以上, 余, "more than") are not values: docs/methodology.md.
insert into plans.indicator (code, name_zh, name_en, unit, direction, nature, path, origin,
                             numerator_code, denominator_code, display_scale, definition_zh, definition_en) values
    ('above_size_revenue_growth', '规上文化企业营业收入增速', 'Growth of the revenue of above-size cultural enterprises', '%',
     'HIGHER', 'STOCK', 'LINEAR', 'REPORTED', null, null, 2,
     '规模以上文化企业营业收入（主营业务收入）比上年增长的百分比，按发布值记录。',
     'Year-on-year growth in percent of the revenue (main-business revenue) of above-size cultural enterprises, as published.'),
    ('licensed_online_animations_national_share', '杭产网络动画片占全国比重', 'Hangzhou-made online animations as a share of the national total', '%',
     'HIGHER', 'STOCK', 'LINEAR', 'REPORTED', null, null, 0,
     '杭州出品并取得发行许可的网络动画片占全国的比重，口径同“取得发行许可的网络动画片（本五年规划期累计）”。',
     'Online animations made in Hangzhou and licensed for distribution as a share of the national total, counted as "Online animations licensed for distribution (cumulative in the current five-year plan period)".');
