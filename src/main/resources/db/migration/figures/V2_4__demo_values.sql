-- Values that demo mode wrote (issue 18): the figures of the synthetic demo reports. Flagged row by row, so that
-- the pages show them with the demo badge, the exports mark them, and a start-up outside demo mode removes them
-- (figures/domain/DemoValues) instead of leaving them to count as real.
alter table figures.indicator_value add column demo boolean not null default false;
