-- Which indicators every district reports each quarter (SPEC §2 Report: "every REPORTED indicator assigned to
-- districts"). Only figures a district statistics office compiles itself: the cultural industry's added value
-- and output, the GDP it is a share of, employment and talents. Not the ones computed from the registries
-- (above-size enterprises, digital share, parks, listed and export enterprises, project rates), nor ratios,
-- which are recomputed from their parts.
alter table plans.indicator add column district_reported boolean not null default false;

update plans.indicator set district_reported = true
 where code in ('added_value', 'total_output', 'gdp', 'employment', 'cultural_talents');
