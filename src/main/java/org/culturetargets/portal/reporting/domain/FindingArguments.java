package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.util.List;

import org.culturetargets.portal.shared.Period;

/**
 * A finding's arguments as text and back, so that a finding can be kept (an import's row problems) and written in
 * whichever language its reader has: a value keeps its unit and precision, a period stays a period.
 */
public final class FindingArguments {

	private static final String QUANTITY = "quantity:";

	private static final String PERIOD = "period:";

	private static final String TEXT = "text:";

	private FindingArguments() {
	}

	public static List<String> encode(List<Object> arguments) {
		return arguments.stream().map(FindingArguments::encode).toList();
	}

	public static List<Object> decode(List<String> arguments) {
		return arguments.stream().map(FindingArguments::decode).toList();
	}

	private static String encode(Object argument) {
		if (argument instanceof Quantity q) {
			return QUANTITY + q.value().toPlainString() + ":" + q.scale() + ":" + q.unit();
		}
		if (argument instanceof Period p) {
			return PERIOD + p;
		}
		return TEXT + argument;
	}

	private static Object decode(String argument) {
		if (argument.startsWith(QUANTITY)) {
			String[] parts = argument.substring(QUANTITY.length()).split(":", 3);
			return new Quantity(new BigDecimal(parts[0]), parts[2], Integer.parseInt(parts[1]));
		}
		if (argument.startsWith(PERIOD)) {
			return Period.parse(argument.substring(PERIOD.length()));
		}
		return argument.startsWith(TEXT) ? argument.substring(TEXT.length()) : argument;
	}

}
