package org.culturetargets.portal.plans;

import java.math.BigDecimal;

/** How an actual value is compared with a target value. */
public enum Comparator {

	GE(">=", "≥"), GT(">", ">"), LE("<=", "≤"), LT("<", "<");

	private final String symbol;

	private final String sign;

	Comparator(String symbol, String sign) {
		this.symbol = symbol;
		this.sign = sign;
	}

	/** As files, the API and the database write it: {@code >=}. */
	public String symbol() {
		return symbol;
	}

	/** As a person reads it: ≥. */
	public String sign() {
		return sign;
	}

	public boolean test(BigDecimal actual, BigDecimal target) {
		int c = actual.compareTo(target);
		return switch (this) {
			case GE -> c >= 0;
			case GT -> c > 0;
			case LE -> c <= 0;
			case LT -> c < 0;
		};
	}

	public static Comparator ofSymbol(String symbol) {
		for (Comparator c : values()) {
			if (c.symbol.equals(symbol.trim())) {
				return c;
			}
		}
		throw new IllegalArgumentException("not a comparator (expected >=, >, <= or <): '" + symbol + "'");
	}

}
