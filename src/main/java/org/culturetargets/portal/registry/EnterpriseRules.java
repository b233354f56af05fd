package org.culturetargets.portal.registry;

import java.util.ArrayList;
import java.util.List;

import org.culturetargets.portal.registry.InvalidEntry.Problem;

/**
 * What an enterprise must satisfy on its own: a valid credit code ({@link CreditCode}), a name, and a stock code
 * exactly when it is listed. Whether the code is taken, and its district, park and class exist, is for the registry
 * to say.
 */
public final class EnterpriseRules {

	/** {@code registry.enterprise.name varchar(200)} */
	public static final int MAX_NAME = 200;

	/** {@code registry.enterprise.stock_code varchar(20)} */
	public static final int MAX_STOCK_CODE = 20;

	private EnterpriseRules() {
	}

	/**
	 * Every problem of the enterprise as entered, by the {@link EnterpriseCmd}'s field names; empty when there are
	 * none. The credit code is checked as {@link CreditCode#normalised} stores it.
	 */
	public static List<Problem> problems(EnterpriseCmd cmd) {
		List<Problem> problems = new ArrayList<>();
		String codeProblem = CreditCode.problem(CreditCode.normalised(cmd.creditCode()));
		if (codeProblem != null) {
			problems.add(Problem.of("creditCode", "registry.invalid.creditCode", codeProblem));
		}
		EntryChecks.requireText(problems, "name", cmd.name(), MAX_NAME);
		boolean hasStockCode = cmd.stockCode() != null && !cmd.stockCode().isBlank();
		if (cmd.listed() != hasStockCode) {
			problems.add(Problem.of("stockCode", "registry.invalid.stockCode"));
		}
		else {
			EntryChecks.maxLength(problems, "stockCode", cmd.stockCode(), MAX_STOCK_CODE);
		}
		return problems;
	}

}
