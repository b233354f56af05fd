package org.culturetargets.portal.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.culturetargets.portal.registry.EnterpriseFigureCmd;
import org.culturetargets.portal.registry.EnterpriseFigureRules;
import org.culturetargets.portal.registry.InvalidEntry;
import org.culturetargets.portal.registry.InvalidEntry.Problem;
import org.culturetargets.portal.registry.Maintainers;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.Period;

import org.springframework.stereotype.Component;

/** An enterprise's quarterly figures recorded or corrected, upserted by enterprise and quarter. */
@Component
class FigureWrites {

	private static final String UPSERT = """
			insert into registry.enterprise_figure (enterprise_id, period, revenue, employees)
			values (?, ?, ?, ?)
			on conflict (enterprise_id, period) do update set revenue = excluded.revenue, employees = excluded.employees
			""";

	private final RegistryWrites writes;

	private final EnterpriseWrites enterprises;

	FigureWrites(RegistryWrites writes, EnterpriseWrites enterprises) {
		this.writes = writes;
		this.enterprises = enterprises;
	}

	void save(long enterpriseId, EnterpriseFigureCmd cmd) {
		PortalUser user = Maintainers.maintainer();
		Map<String, Object> enterprise = enterprises.state(enterpriseId);
		Maintainers.maintainerOf((String) enterprise.get("area"));
		InvalidEntry.refuseIfAny(EnterpriseFigureRules.problems(cmd, LocalDate.now()));
		Period period = Period.parse(cmd.period());
		String reason = RegistryWrites.blankToNull(cmd.reason());
		if (reason == null) {
			InvalidEntry.refuseIfAny(withinYear(enterpriseId, period, cmd.revenue()));
		}
		Map<String, Object> before = state(enterpriseId, period);
		writes.jdbc().sql(UPSERT).params(enterpriseId, period.toString(), cmd.revenue(), cmd.employees()).update();
		writes.publish(user, "enterprise " + enterprise.get("credit_code") + " " + enterprise.get("name") + " figures "
				+ period, before == null ? "created" : "updated", before, state(enterpriseId, period), reason);
	}

	/**
	 * Year-to-date revenue does not fall within a year: a value below an earlier quarter's of the same year, or
	 * above a later one's, is most likely a quarter's own revenue or a typing error, so it needs a reason.
	 */
	private List<Problem> withinYear(long enterpriseId, Period period, BigDecimal revenue) {
		List<Problem> problems = new ArrayList<>();
		writes.jdbc().sql("""
				select period, revenue from registry.enterprise_figure
				 where enterprise_id = ? and period like ? and period <> ?
				 order by period
				""")
			.params(enterpriseId, period.year() + "Q%", period.toString())
			.query((rs, row) -> Map.entry(Period.parse(rs.getString(1)), rs.getBigDecimal(2)))
			.list()
			.forEach(other -> {
				boolean earlier = other.getKey().compareTo(period) < 0;
				int comparison = revenue.compareTo(other.getValue());
				if (earlier ? comparison < 0 : comparison > 0) {
					problems.add(Problem.of("revenue",
							earlier ? "registry.invalid.revenue.belowEarlier" : "registry.invalid.revenue.aboveLater",
							other.getKey().toString(), other.getValue().toPlainString()));
				}
			});
		return problems;
	}

	/** The quarter's figures as they stand; null when none are recorded. */
	private Map<String, Object> state(long enterpriseId, Period period) {
		return writes.jdbc()
			.sql("select revenue, employees from registry.enterprise_figure where enterprise_id = ? and period = ?")
			.params(enterpriseId, period.toString())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
	}

}
