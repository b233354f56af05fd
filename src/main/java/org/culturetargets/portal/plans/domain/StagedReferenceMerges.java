package org.culturetargets.portal.plans.domain;

import org.culturetargets.portal.plans.StagedReferenceData;
import org.culturetargets.portal.shared.StagedMerge;

import org.springframework.stereotype.Component;

@Component
class StagedReferenceMerges implements StagedReferenceData {

	private final StagedAreas areas;

	private final StagedPlans plans;

	StagedReferenceMerges(StagedAreas areas, StagedPlans plans) {
		this.areas = areas;
		this.plans = plans;
	}

	@Override
	public StagedMerge areas() {
		return areas;
	}

	@Override
	public StagedMerge plans() {
		return plans;
	}

}
