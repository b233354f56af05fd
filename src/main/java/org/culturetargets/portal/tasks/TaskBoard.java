package org.culturetargets.portal.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The key tasks other modules read: a plan's tasks, one task, a plan's summary; each assessed as of a date. */
public interface TaskBoard {

	List<TaskView> ofPlan(String planCode, LocalDate asOf);

	Optional<TaskView> task(long id, LocalDate asOf);

	TaskSummary summary(String planCode, LocalDate asOf);

}
