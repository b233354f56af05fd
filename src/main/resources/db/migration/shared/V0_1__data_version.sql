-- The version of the data every cache of the pages is keyed by (shared/DataVersion), shared by all portal nodes:
-- the transaction that commits a change of figures, registries, reports or reference data advances it and sends
-- NOTIFY data_version with the new number; each node LISTENs, and polls this row for what it missed.
-- Numbered 0.x: shared is below every other module.
create schema if not exists shared;

create table shared.data_version (
    id       boolean  primary key default true check (id),
    version  bigint   not null
);
insert into shared.data_version (id, version) values (true, 0);
