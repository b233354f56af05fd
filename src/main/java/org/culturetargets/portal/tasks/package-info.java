/**
 * Key tasks (重点任务): the non-numeric commitments of a plan, their units, milestones and computed status. Other
 * modules use {@link org.culturetargets.portal.tasks.TaskBoard}; the scorecard shows its summary.
 */
package org.culturetargets.portal.tasks;
