package org.culturetargets.portal.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The units of indicators: the symbol the reference data, the imports and the schema's check use (in Chinese), and
 * the message key that names it in each language. The one list of them; {@code plans}' check constraint is
 * compared with it by a test.
 */
public enum Unit {

	HUNDRED_MILLION_YUAN("亿元", "unit.hundredMillionYuan"), TEN_THOUSAND_YUAN("万元", "unit.tenThousandYuan"),
	YUAN("元", "unit.yuan"), PERCENT("%", "unit.percent"), ITEMS("个", "unit.items"),
	ORGANISATIONS("家", "unit.organisations"), SELECTIONS("家次", "unit.selections"), PERSONS("人", "unit.persons"),
	TEN_THOUSAND_PERSONS("万人", "unit.tenThousandPersons"), TITLES("部", "unit.titles");

	private final String symbol;

	private final String messageKey;

	Unit(String symbol, String messageKey) {
		this.symbol = symbol;
		this.messageKey = messageKey;
	}

	public String symbol() {
		return symbol;
	}

	public String messageKey() {
		return messageKey;
	}

	public static Optional<Unit> of(String symbol) {
		return Arrays.stream(values()).filter(unit -> unit.symbol.equals(symbol)).findFirst();
	}

	public static List<String> symbols() {
		return Arrays.stream(values()).map(Unit::symbol).toList();
	}

}
