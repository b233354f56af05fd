package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;

/** E, the value a target's path expects at the end of {@code year}, rounded as shown. */
public record ExpectedValue(int year, BigDecimal value) {
}
