package org.culturetargets.portal.imports.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.culturetargets.portal.plans.ScopeView;

/**
 * Areas and groups as spreadsheets name them: by code ({@code 330106}), Chinese name ({@code 西湖区}) or English
 * name ({@code Xihu District}), case and spacing aside. District offices write names; the bureau writes codes.
 */
final class ScopeNames {

	private final Map<String, ScopeView> areas = new HashMap<>();

	private final Map<String, ScopeView> groups = new HashMap<>();

	ScopeNames(List<ScopeView> scopes) {
		for (ScopeView scope : scopes) {
			Map<String, ScopeView> names = scope.isArea() ? areas : groups;
			for (String name : List.of(scope.code(), scope.nameZh(), scope.nameEn())) {
				names.putIfAbsent(key(name), scope);
			}
		}
	}

	String area(String text) {
		ScopeView scope = areas.get(key(text));
		if (scope == null) {
			throw new CellProblem(groups.containsKey(key(text)) ? "imports.problem.groupNotArea"
					: "imports.problem.unknownArea");
		}
		return scope.code();
	}

	String group(String text) {
		ScopeView scope = groups.get(key(text));
		if (scope == null) {
			throw new CellProblem("imports.problem.unknownGroup", text);
		}
		return scope.code();
	}

	String scope(String text) {
		ScopeView scope = areas.getOrDefault(key(text), groups.get(key(text)));
		if (scope == null) {
			throw new CellProblem("imports.problem.unknownScope");
		}
		return scope.code();
	}

	/** Folded as cells are ({@link Cells#plain}), so that 大运河（杭州段） in a cell matches the stored name. */
	private static String key(String name) {
		return Cells.plain(name).replace(" ", "").toLowerCase(Locale.ROOT);
	}

}
