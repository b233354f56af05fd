package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

/** Compares a returned number with a table cell: by value, since 0.2 and 0.2000 are the same number; an empty cell means none. */
final class DecimalAssertions {

	private DecimalAssertions() {
	}

	static void assertDecimal(String what, BigDecimal actual, String expected) {
		if (expected == null || expected.isBlank()) {
			assertThat(actual).as(what).isNull();
		}
		else {
			assertThat(actual).as(what).isEqualByComparingTo(expected);
		}
	}

}
