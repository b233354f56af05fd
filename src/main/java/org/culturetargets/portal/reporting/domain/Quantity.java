package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;

/** A value a message names, in its indicator's unit and display precision: the page writes it in the reader's language. */
public record Quantity(BigDecimal value, String unit, int scale) {
}
