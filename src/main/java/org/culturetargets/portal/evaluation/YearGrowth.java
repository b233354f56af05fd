package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;

/**
 * One year's year-on-year growth under a GROWTH target.
 *
 * @param growthPercent growth in percent, rounded to one decimal as it is shown
 * @param met whether the shown growth satisfies the target's comparator against g
 * @param provisional the year is not complete (growth of year-to-date figures) or a figure used is provisional
 */
public record YearGrowth(int year, BigDecimal growthPercent, boolean met, boolean provisional) {
}
