package org.culturetargets.portal.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.tasks.TaskView;

/**
 * A plan's annual assessment: every responsible unit scored by {@code rules}, best first. Targets are judged as of
 * the year, tasks as of {@code tasksAsOf} (the year's last day, or today while the year runs); {@code tasks} are all
 * the plan's tasks as of then, counted or not.
 */
public record Assessment(PlanView plan, int year, LocalDate tasksAsOf, ScoringRules rules, List<UnitAssessment> units,
		List<TaskView> tasks) {

	public Optional<UnitAssessment> unit(String key) {
		return units.stream().filter(u -> u.key().equals(key)).findFirst();
	}

	/** Whether any unit has a score: an assessment with nothing counted says so rather than list empty rows. */
	public boolean scored() {
		return units.stream().anyMatch(u -> u.result().score() != null);
	}

}
