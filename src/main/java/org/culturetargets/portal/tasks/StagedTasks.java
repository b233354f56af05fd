package org.culturetargets.portal.tasks;

import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

/**
 * Key tasks staged by another module ({@link StagedRows}, the import centre's {@code tasks} kind): checked by the
 * rules of the administrators' form and merged set-based, in the caller's transaction. A task is keyed by
 * {@code plan_code, code}; the staging table also has {@code source_section, title_zh, title_en, description_zh,
 * description_en, kind} (a {@link TaskKind} name), {@code deadline} (date), {@code annual_cycle} (boolean),
 * {@code lead_unit} (a name), {@code responsible_units} (text[], names) and {@code targets} (text[], indicator codes
 * of the plan's targets). A unit is named by its code, Chinese or English name: a district (or any area) or a
 * department of the reference data, full-width forms, case and spaces aside.
 */
public interface StagedTasks extends StagedMerge {

	int MAX_PLAN = 40;

	int MAX_CODE = 60;

	int MAX_SECTION = 300;

	int MAX_TITLE = 300;

	int MAX_DESCRIPTION = 2000;

	int MAX_UNIT_NAME = 200;

	int MAX_INDICATOR = 60;

}
