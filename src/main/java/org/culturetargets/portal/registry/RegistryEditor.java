package org.culturetargets.portal.registry;

import java.util.List;

import org.culturetargets.portal.registry.InvalidEntry.Problem;

/**
 * Writes to the registries: administrators everywhere, district staff in their own district only (SPEC §1); parks
 * by administrators only. Every write is checked whole before anything is saved, carries the version it edits
 * (figures are upserted by enterprise and quarter), and is audited.
 */
public interface RegistryEditor {

	/** Creates the enterprise when {@code id} is null; returns its id. */
	long saveEnterprise(Long id, EnterpriseCmd cmd);

	/** Creates the project when {@code id} is null; returns its id. */
	long saveProject(Long id, ProjectCmd cmd);

	/**
	 * Every problem {@link #saveProject} would refuse the project for, saving nothing: for a form that could not
	 * read some of its fields, to name the others' problems too.
	 */
	List<Problem> projectProblems(Long id, ProjectCmd cmd);

	/** Creates the park when {@code id} is null; returns its id. Administrators only. */
	long savePark(Long id, ParkCmd cmd);

	/** Every problem {@link #savePark} would refuse the park for, saving nothing, as {@link #projectProblems}. */
	List<Problem> parkProblems(Long id, ParkCmd cmd);

	/** Records or corrects one quarter's figures of an enterprise. */
	void saveFigure(long enterpriseId, EnterpriseFigureCmd cmd);

}
