package org.culturetargets.portal.registry.domain;

import java.util.List;

import org.culturetargets.portal.registry.EnterpriseCmd;
import org.culturetargets.portal.registry.EnterpriseFigureCmd;
import org.culturetargets.portal.registry.InvalidEntry.Problem;
import org.culturetargets.portal.registry.ParkCmd;
import org.culturetargets.portal.registry.ProjectCmd;
import org.culturetargets.portal.registry.RegistryEditor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's writes, one class per kind of row, each in one transaction with its audit entry. */
@Service
@Transactional
class RegistryEditorService implements RegistryEditor {

	private final EnterpriseWrites enterprises;

	private final ProjectWrites projects;

	private final ParkWrites parks;

	private final FigureWrites figures;

	RegistryEditorService(EnterpriseWrites enterprises, ProjectWrites projects, ParkWrites parks,
			FigureWrites figures) {
		this.enterprises = enterprises;
		this.projects = projects;
		this.parks = parks;
		this.figures = figures;
	}

	@Override
	public long saveEnterprise(Long id, EnterpriseCmd cmd) {
		return enterprises.save(id, cmd);
	}

	@Override
	public long saveProject(Long id, ProjectCmd cmd) {
		return projects.save(id, cmd);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Problem> projectProblems(Long id, ProjectCmd cmd) {
		return projects.problems(id, cmd);
	}

	@Override
	public long savePark(Long id, ParkCmd cmd) {
		return parks.save(id, cmd);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Problem> parkProblems(Long id, ParkCmd cmd) {
		return parks.problems(id, cmd);
	}

	@Override
	public void saveFigure(long enterpriseId, EnterpriseFigureCmd cmd) {
		figures.save(enterpriseId, cmd);
	}

}
