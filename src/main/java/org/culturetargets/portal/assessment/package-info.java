/**
 * The annual assessment (年度考核) of a plan's responsible units: each unit's targets (from evaluation) and key
 * tasks (from tasks) scored by rules an administrator sets per plan and year. Other modules use
 * {@link org.culturetargets.portal.assessment.Assessments}.
 */
package org.culturetargets.portal.assessment;
