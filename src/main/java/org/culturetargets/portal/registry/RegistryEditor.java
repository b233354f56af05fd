package org.culturetargets.portal.registry;

/**
 * Writes to the registries: administrators everywhere, district staff in their own district only (SPEC §1). Every
 * write is checked whole before anything is saved, carries the version it edits, and is audited.
 */
public interface RegistryEditor {

	/** Creates the enterprise when {@code id} is null; returns its id. */
	long saveEnterprise(Long id, EnterpriseCmd cmd);

	/** Creates the project when {@code id} is null; returns its id. */
	long saveProject(Long id, ProjectCmd cmd);

}
