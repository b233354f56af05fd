-- The plans module resolves an areas file's parents and members itself (plans/domain/StagedAreas), reading its own
-- scope table and the staging table it is given: the import centre's schema no longer reads plans.scope.
drop function imports.staged_scope(bigint, text);
