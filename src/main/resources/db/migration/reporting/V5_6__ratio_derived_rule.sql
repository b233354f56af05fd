-- A ratio reported together with its parts (a district's share of GDP with its added value and GDP, or an import
-- of all three) must agree with the ratio of those parts (issue 14). threshold: the largest gap in percentage
-- points, 0.1 by default (a share shown to one decimal is off by at most 0.05 through rounding). Soft: a published
-- share may rest on a since revised whole, so the figure is flagged and explained rather than refused.
insert into reporting.validation_rule (code, kind, threshold, min_count, sort_order) values
    ('ratio_derived', 'SOFT', 0.1, null, 25);
