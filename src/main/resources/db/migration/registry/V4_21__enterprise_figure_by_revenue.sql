-- The enterprise lists show a quarter's enterprises by revenue, largest first (issue 16). Without an index in that
-- order, the city's first page sorted every enterprise of the quarter: 1.9 s at a million figures, 31 s at ten
-- million (docs/scaling.md). With it, the first page is the index's first entries, and a district's is found walking
-- them until the page is full. It also answers what the index on period alone did (the latest quarter, a quarter's
-- rows), so that one goes: an import keeps one index fewer up to date.
create index enterprise_figure_period_revenue on registry.enterprise_figure (period, revenue desc, enterprise_id);
drop index registry.enterprise_figure_period;
