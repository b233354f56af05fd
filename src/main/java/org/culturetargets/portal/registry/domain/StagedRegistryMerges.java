package org.culturetargets.portal.registry.domain;

import org.culturetargets.portal.registry.StagedRegistry;
import org.culturetargets.portal.shared.StagedMerge;

import org.springframework.stereotype.Component;

@Component
class StagedRegistryMerges implements StagedRegistry {

	private final StagedParks parks;

	private final StagedEnterprises enterprises;

	private final StagedProjects projects;

	private final StagedEnterpriseFigures enterpriseFigures;

	StagedRegistryMerges(StagedParks parks, StagedEnterprises enterprises, StagedProjects projects,
			StagedEnterpriseFigures enterpriseFigures) {
		this.parks = parks;
		this.enterprises = enterprises;
		this.projects = projects;
		this.enterpriseFigures = enterpriseFigures;
	}

	@Override
	public StagedMerge parks() {
		return parks;
	}

	@Override
	public StagedMerge enterprises() {
		return enterprises;
	}

	@Override
	public StagedMerge projects() {
		return projects;
	}

	@Override
	public StagedMerge enterpriseFigures() {
		return enterpriseFigures;
	}

}
