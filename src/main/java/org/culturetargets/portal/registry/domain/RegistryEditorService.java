package org.culturetargets.portal.registry.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.registry.EnterpriseCmd;
import org.culturetargets.portal.registry.EnterpriseFigureCmd;
import org.culturetargets.portal.registry.InvalidEntry;
import org.culturetargets.portal.registry.InvalidEntry.Problem;
import org.culturetargets.portal.registry.Maintainers;
import org.culturetargets.portal.registry.ParkCmd;
import org.culturetargets.portal.registry.ProjectCmd;
import org.culturetargets.portal.registry.RegistryChanged;
import org.culturetargets.portal.registry.RegistryEditor;
import org.culturetargets.portal.registry.StaleEntry;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.Decimals;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class RegistryEditorService implements RegistryEditor {

	private static final List<String> CATEGORIES = List.of("KEY", "EXPORT", "DEMONSTRATION");

	private static final List<String> STATUSES = List.of("PLANNED", "STARTED", "COMPLETED");

	private static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "MUNICIPAL");

	private static final List<String> TYPES = List.of("PARK", "BLOCK", "BASE", "HEADQUARTERS", "EXPORT_BASE", "PLATFORM");

	/** numeric(18, 2): sixteen digits before the point. */
	private static final BigDecimal MAX_REVENUE = BigDecimal.TEN.pow(16);

	/** {@code registry.enterprise.stock_code varchar(20)} */
	private static final int MAX_STOCK_CODE = 20;

	private final JdbcClient jdbc;

	private final PlanCatalog catalog;

	private final ApplicationEventPublisher events;

	RegistryEditorService(JdbcClient jdbc, PlanCatalog catalog, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.events = events;
	}

	@Override
	public long saveEnterprise(Long id, EnterpriseCmd cmd) {
		PortalUser user = Maintainers.maintainer();
		Map<String, Object> before = id == null ? null : enterpriseState(id);
		if (before != null) {
			Maintainers.maintainerOf((String) before.get("area"));
		}
		List<Problem> problems = new ArrayList<>();
		String code = cmd.creditCode() == null ? "" : cmd.creditCode().strip().toUpperCase(Locale.ROOT);
		String codeProblem = CreditCode.problem(code);
		if (codeProblem != null) {
			problems.add(new Problem("creditCode", "registry.invalid.creditCode", new Object[] { codeProblem }));
		}
		else {
			boolean taken = jdbc.sql("select count(*) from registry.enterprise where credit_code = ? and id <> ?")
				.params(code, id == null ? -1L : id)
				.query(Long.class)
				.single() > 0;
			if (taken) {
				problems.add(new Problem("creditCode", "registry.invalid.creditCode.taken", new Object[] { code }));
			}
		}
		requireText(cmd.name(), "name", 200, problems);
		String area = district(cmd.areaCode(), problems);
		if (cmd.industryClass() == null || jdbc.sql("select count(*) from registry.industry_class where code = ?")
			.param(cmd.industryClass())
			.query(Long.class)
			.single() == 0) {
			problems.add(new Problem("industryClass", "registry.invalid.industryClass",
					new Object[] { String.valueOf(cmd.industryClass()) }));
		}
		if (cmd.parkId() != null) {
			Optional<String> parkArea = jdbc.sql("select coalesce(area_code, '') from registry.park where id = ?")
				.param(cmd.parkId())
				.query(String.class)
				.optional();
			if (parkArea.isEmpty()) {
				problems.add(new Problem("parkId", "registry.invalid.park", new Object[] { cmd.parkId() }));
			}
			else if (!parkArea.get().isEmpty() && area != null && !parkArea.get().equals(area)) {
				problems.add(new Problem("parkId", "registry.invalid.parkArea", new Object[] { parkArea.get() }));
			}
		}
		String stockCode = cmd.stockCode() == null || cmd.stockCode().isBlank() ? null : cmd.stockCode().strip();
		if (cmd.listed() != (stockCode != null)) {
			problems.add(new Problem("stockCode", "registry.invalid.stockCode", new Object[0]));
		}
		else if (stockCode != null && stockCode.length() > MAX_STOCK_CODE) {
			problems.add(new Problem("stockCode", "registry.invalid.tooLong", new Object[] { MAX_STOCK_CODE }));
		}
		if (!problems.isEmpty()) {
			throw new InvalidEntry(problems);
		}
		Maintainers.maintainerOf(area);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("code", code);
		params.put("name", cmd.name().strip());
		params.put("area", area);
		params.put("park", cmd.parkId());
		params.put("class", cmd.industryClass());
		params.put("aboveSize", cmd.aboveSize());
		params.put("digital", cmd.digital());
		params.put("listed", cmd.listed());
		params.put("stock", stockCode);
		params.put("leading", cmd.leading());
		params.put("hq", cmd.headquarters());
		params.put("export", cmd.exportKey());
		params.put("user", user.getUsername());
		long saved;
		if (id == null) {
			saved = jdbc.sql("""
					insert into registry.enterprise (credit_code, name, area_code, park_id, industry_class, above_size, digital,
					    listed, stock_code, leading_enterprise, headquarters, export_key, updated_by)
					values (:code, :name, :area, :park, :class, :aboveSize, :digital, :listed, :stock, :leading, :hq, :export, :user)
					returning id
					""").params(params).query(Long.class).single();
		}
		else {
			params.put("id", id);
			params.put("version", cmd.version() == null ? -1 : cmd.version());
			int updated = jdbc.sql("""
					update registry.enterprise
					   set credit_code = :code, name = :name, area_code = :area, park_id = :park, industry_class = :class,
					       above_size = :aboveSize, digital = :digital, listed = :listed, stock_code = :stock,
					       leading_enterprise = :leading, headquarters = :hq, export_key = :export, updated_by = :user,
					       updated_at = now(), version = version + 1
					 where id = :id and version = :version
					""").params(params).update();
			if (updated == 0) {
				throw stale("registry.enterprise", id);
			}
			saved = id;
		}
		jdbc.sql(FigureRollup.REFRESH).update();
		publish(user, "enterprise " + code + " " + cmd.name().strip(), id == null ? "created" : "updated", before,
				enterpriseState(saved), cmd.reason());
		return saved;
	}

	@Override
	public long saveProject(Long id, ProjectCmd cmd) {
		PortalUser user = Maintainers.maintainer();
		Map<String, Object> before = id == null ? null : projectState(id);
		if (before != null) {
			Maintainers.maintainerOf((String) before.get("area"));
		}
		List<Problem> problems = new ArrayList<>();
		requireText(cmd.name(), "name", 200, problems);
		String area = district(cmd.areaCode(), problems);
		if (!CATEGORIES.contains(cmd.category())) {
			problems.add(new Problem("category", "registry.invalid.category", new Object[] { String.valueOf(cmd.category()) }));
		}
		investment(cmd.plannedInvestment(), "plannedInvestment", problems);
		investment(cmd.completedInvestment(), "completedInvestment", problems);
		if (!STATUSES.contains(cmd.status())) {
			problems.add(new Problem("status", "registry.invalid.status", new Object[] { String.valueOf(cmd.status()) }));
		}
		else {
			boolean started = !cmd.status().equals("PLANNED");
			boolean completed = cmd.status().equals("COMPLETED");
			if (started != (cmd.startedOn() != null)) {
				problems.add(new Problem("startedOn", started ? "registry.invalid.startedOn.missing"
						: "registry.invalid.startedOn.planned", new Object[0]));
			}
			if (completed != (cmd.completedOn() != null)) {
				problems.add(new Problem("completedOn", completed ? "registry.invalid.completedOn.missing"
						: "registry.invalid.completedOn.notCompleted", new Object[0]));
			}
			if (cmd.startedOn() != null && cmd.completedOn() != null && cmd.completedOn().isBefore(cmd.startedOn())) {
				problems.add(new Problem("completedOn", "registry.invalid.completedOn.beforeStart", new Object[0]));
			}
			LocalDate today = LocalDate.now();
			if (cmd.startedOn() != null && cmd.startedOn().isAfter(today)) {
				problems.add(new Problem("startedOn", "registry.invalid.future", new Object[0]));
			}
			if (cmd.completedOn() != null && cmd.completedOn().isAfter(today)) {
				problems.add(new Problem("completedOn", "registry.invalid.future", new Object[0]));
			}
		}
		List<String> groups = groups(cmd.groups(), problems);
		if (area != null && cmd.name() != null && jdbc.sql(
				"select count(*) from registry.project where area_code = ? and name = ? and id <> ?")
			.params(area, cmd.name().strip(), id == null ? -1L : id)
			.query(Long.class)
			.single() > 0) {
			problems.add(new Problem("name", "registry.invalid.projectName.taken", new Object[] { cmd.name().strip() }));
		}
		if (!problems.isEmpty()) {
			throw new InvalidEntry(problems);
		}
		Maintainers.maintainerOf(area);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("name", cmd.name().strip());
		params.put("area", area);
		params.put("category", cmd.category());
		params.put("planned", cmd.plannedInvestment());
		params.put("completed", cmd.completedInvestment());
		params.put("status", cmd.status());
		params.put("plannedStart", cmd.plannedStart());
		params.put("startedOn", cmd.startedOn());
		params.put("completedOn", cmd.completedOn());
		params.put("user", user.getUsername());
		long saved;
		if (id == null) {
			saved = jdbc.sql("""
					insert into registry.project (name, area_code, category, planned_investment, completed_investment, status,
					    planned_start, started_on, completed_on, updated_by)
					values (:name, :area, :category, :planned, :completed, :status, :plannedStart, :startedOn, :completedOn, :user)
					returning id
					""").params(params).query(Long.class).single();
		}
		else {
			params.put("id", id);
			params.put("version", cmd.version() == null ? -1 : cmd.version());
			int updated = jdbc.sql("""
					update registry.project
					   set name = :name, area_code = :area, category = :category, planned_investment = :planned,
					       completed_investment = :completed, status = :status, planned_start = :plannedStart,
					       started_on = :startedOn, completed_on = :completedOn, updated_by = :user, updated_at = now(),
					       version = version + 1
					 where id = :id and version = :version
					""").params(params).update();
			if (updated == 0) {
				throw stale("registry.project", id);
			}
			saved = id;
			jdbc.sql("delete from registry.project_group where project_id = ?").param(id).update();
		}
		for (String group : groups) {
			jdbc.sql("insert into registry.project_group (project_id, group_code) values (?, ?)").params(saved, group).update();
		}
		publish(user, "project " + cmd.name().strip(), id == null ? "created" : "updated", before, projectState(saved),
				cmd.reason());
		return saved;
	}

	@Override
	public long savePark(Long id, ParkCmd cmd) {
		PortalUser user = Maintainers.administrator();
		Map<String, Object> before = id == null ? null : parkState(id);
		List<Problem> problems = new ArrayList<>();
		requireText(cmd.nameZh(), "nameZh", 100, problems);
		String nameEn = blankToNull(cmd.nameEn());
		if (nameEn != null && nameEn.length() > 200) {
			problems.add(new Problem("nameEn", "registry.invalid.tooLong", new Object[] { 200 }));
		}
		if (cmd.nameZh() != null && !cmd.nameZh().isBlank() && jdbc.sql(
				"select count(*) from registry.park where name_zh = ? and id <> ?")
			.params(cmd.nameZh().strip(), id == null ? -1L : id)
			.query(Long.class)
			.single() > 0) {
			problems.add(new Problem("nameZh", "registry.invalid.parkName.taken", new Object[] { cmd.nameZh().strip() }));
		}
		String area = blankToNull(cmd.areaCode()) == null ? null : district(cmd.areaCode(), problems);
		String level = blankToNull(cmd.level());
		if (level != null && !LEVELS.contains(level)) {
			problems.add(new Problem("level", "registry.invalid.level", new Object[] { level }));
		}
		if (!TYPES.contains(cmd.type())) {
			problems.add(new Problem("type", "registry.invalid.type", new Object[] { String.valueOf(cmd.type()) }));
		}
		int thisYear = LocalDate.now().getYear();
		if (cmd.recognisedYear() != null && (cmd.recognisedYear() < 1949 || cmd.recognisedYear() > thisYear)) {
			problems.add(new Problem("recognisedYear", "registry.invalid.recognisedYear",
					new Object[] { String.valueOf(cmd.recognisedYear()), String.valueOf(thisYear) }));
		}
		List<String> groups = groups(cmd.groups(), problems);
		requireText(cmd.source(), "source", 300, problems);
		if (!problems.isEmpty()) {
			throw new InvalidEntry(problems);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("name", cmd.nameZh().strip());
		params.put("nameEn", nameEn);
		params.put("area", area);
		params.put("level", level);
		params.put("type", cmd.type());
		params.put("key", cmd.keyPlatform());
		params.put("year", cmd.recognisedYear());
		params.put("source", cmd.source().strip());
		params.put("user", user.getUsername());
		long saved;
		if (id == null) {
			saved = jdbc.sql("""
					insert into registry.park (name_zh, name_en, area_code, level, type, key_platform, recognised_year, source,
					    updated_by)
					values (:name, :nameEn, :area, :level, :type, :key, :year, :source, :user)
					returning id
					""").params(params).query(Long.class).single();
		}
		else {
			params.put("id", id);
			params.put("version", cmd.version() == null ? -1 : cmd.version());
			int updated = jdbc.sql("""
					update registry.park
					   set name_zh = :name, name_en = :nameEn, area_code = :area, level = :level, type = :type,
					       key_platform = :key, recognised_year = :year, source = :source, updated_by = :user,
					       updated_at = now(), version = version + 1
					 where id = :id and version = :version
					""").params(params).update();
			if (updated == 0) {
				throw stale("registry.park", id);
			}
			saved = id;
			jdbc.sql("delete from registry.park_group where park_id = ?").param(id).update();
		}
		for (String group : groups) {
			jdbc.sql("insert into registry.park_group (park_id, group_code) values (?, ?)").params(saved, group).update();
		}
		publish(user, "park " + cmd.nameZh().strip(), id == null ? "created" : "updated", before, parkState(saved),
				cmd.reason());
		return saved;
	}

	@Override
	public void saveFigure(long enterpriseId, EnterpriseFigureCmd cmd) {
		PortalUser user = Maintainers.maintainer();
		Map<String, Object> enterprise = enterpriseState(enterpriseId);
		Maintainers.maintainerOf((String) enterprise.get("area"));
		List<Problem> problems = new ArrayList<>();
		Period period = endedQuarter(cmd.period(), problems);
		BigDecimal revenue = cmd.revenue();
		if (revenue == null) {
			problems.add(new Problem("revenue", "registry.invalid.required", new Object[0]));
		}
		else if (revenue.signum() < 0) {
			problems.add(new Problem("revenue", "registry.invalid.negative", new Object[0]));
		}
		else if (revenue.stripTrailingZeros().scale() > 2) {
			problems.add(new Problem("revenue", "registry.invalid.revenue.decimals", new Object[0]));
		}
		else if (revenue.compareTo(MAX_REVENUE) >= 0) {
			problems.add(new Problem("revenue", "registry.invalid.revenue.tooLarge", new Object[0]));
		}
		if (cmd.employees() != null && cmd.employees() < 0) {
			problems.add(new Problem("employees", "registry.invalid.negative", new Object[0]));
		}
		String reason = blankToNull(cmd.reason());
		if (problems.isEmpty() && reason == null) {
			withinYear(enterpriseId, period, revenue, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidEntry(problems);
		}
		Map<String, Object> before = figureState(enterpriseId, period);
		jdbc.sql("""
				insert into registry.enterprise_figure (enterprise_id, period, revenue, employees)
				values (?, ?, ?, ?)
				on conflict (enterprise_id, period) do update set revenue = excluded.revenue, employees = excluded.employees
				""").params(enterpriseId, period.toString(), revenue, cmd.employees()).update();
		jdbc.sql(FigureRollup.REFRESH).update();
		publish(user, "enterprise " + enterprise.get("credit_code") + " " + enterprise.get("name") + " figures " + period,
				before == null ? "created" : "updated", before, figureState(enterpriseId, period), reason);
	}

	/** The period if it is a quarter that has ended; otherwise a problem saying which. */
	private static Period endedQuarter(String text, List<Problem> problems) {
		Period period;
		try {
			period = Period.parse(text);
		}
		catch (IllegalArgumentException notAPeriod) {
			problems.add(new Problem("period", "registry.invalid.period", new Object[] { String.valueOf(text) }));
			return null;
		}
		if (period.isAnnual()) {
			problems.add(new Problem("period", "registry.invalid.period", new Object[] { text.strip() }));
			return null;
		}
		Period lastEnded = Period.lastEndedQuarter(LocalDate.now());
		if (!period.endsNoLaterThan(lastEnded)) {
			problems.add(new Problem("period", "registry.invalid.period.notEnded",
					new Object[] { period.toString(), lastEnded.toString() }));
			return null;
		}
		return period;
	}

	/**
	 * Year-to-date revenue does not fall within a year: a value below an earlier quarter's of the same year, or
	 * above a later one's, is most likely a quarter's own revenue or a typing error, so it needs a reason.
	 */
	private void withinYear(long enterpriseId, Period period, BigDecimal revenue, List<Problem> problems) {
		jdbc.sql("""
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
					problems.add(new Problem("revenue",
							earlier ? "registry.invalid.revenue.belowEarlier" : "registry.invalid.revenue.aboveLater",
							new Object[] { other.getKey().toString(), other.getValue().toPlainString() }));
				}
			});
	}

	private String district(String code, List<Problem> problems) {
		Optional<ScopeView> scope = code == null ? Optional.empty() : catalog.scope(code.strip());
		if (scope.isEmpty() || scope.get().kind() != ScopeKind.DISTRICT) {
			problems.add(new Problem("areaCode", "registry.invalid.area", new Object[] { String.valueOf(code) }));
			return null;
		}
		return scope.get().code();
	}

	private List<String> groups(List<String> codes, List<Problem> problems) {
		List<String> groups = codes == null ? List.of() : codes.stream().filter(g -> !g.isBlank()).distinct().toList();
		for (String group : groups) {
			if (catalog.scope(group).filter(s -> !s.isArea()).isEmpty()) {
				problems.add(new Problem("groups", "registry.invalid.group", new Object[] { group }));
			}
		}
		return groups;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static void requireText(String value, String field, int max, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new Problem(field, "registry.invalid.required", new Object[0]));
		}
		else if (value.strip().length() > max) {
			problems.add(new Problem(field, "registry.invalid.tooLong", new Object[] { max }));
		}
	}

	/** Not negative, and as the column holds it: {@code numeric(18, 2)}, not rounded. */
	private static void investment(BigDecimal value, String field, List<Problem> problems) {
		if (value != null && value.signum() < 0) {
			problems.add(new Problem(field, "registry.invalid.negative", new Object[0]));
		}
		else if (value != null && !Decimals.fits(value, 18, 2)) {
			problems.add(new Problem(field, "registry.invalid.investment.digits", new Object[] { "16", "2" }));
		}
	}

	private StaleEntry stale(String table, long id) {
		return jdbc.sql("select updated_by, updated_at from " + table + " where id = ?")
			.param(id)
			.query((rs, row) -> {
				Timestamp at = rs.getTimestamp(2);
				return new StaleEntry(rs.getString(1), at == null ? null : at.toInstant());
			})
			.optional()
			.orElseThrow(() -> new NotFoundException(table.substring(table.indexOf('.') + 1), id));
	}

	private Map<String, Object> enterpriseState(long id) {
		return jdbc.sql("""
				select credit_code, name, area_code as area, park_id, industry_class, above_size, digital, listed, stock_code,
				       leading_enterprise, headquarters, export_key
				  from registry.enterprise where id = ?
				""").param(id).query().listOfRows().stream().findFirst()
			.orElseThrow(() -> new NotFoundException("enterprise", id));
	}

	private Map<String, Object> parkState(long id) {
		return jdbc.sql("""
				select name_zh, name_en, area_code as area, level, type, key_platform, recognised_year, source,
				       array_to_string(array(select group_code from registry.park_group where park_id = p.id order by 1), ',') as groups
				  from registry.park p where id = ?
				""").param(id).query().listOfRows().stream().findFirst().orElseThrow(() -> new NotFoundException("park", id));
	}

	/** The quarter's figures as they stand; null when none are recorded. */
	private Map<String, Object> figureState(long enterpriseId, Period period) {
		return jdbc.sql("select revenue, employees from registry.enterprise_figure where enterprise_id = ? and period = ?")
			.params(enterpriseId, period.toString())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
	}

	private Map<String, Object> projectState(long id) {
		return jdbc.sql("""
				select name, area_code as area, category, planned_investment, completed_investment, status, planned_start,
				       started_on, completed_on,
				       array_to_string(array(select group_code from registry.project_group where project_id = p.id order by 1), ',') as groups
				  from registry.project p where id = ?
				""").param(id).query().singleRow();
	}

	private void publish(PortalUser user, String subject, String action, Map<String, Object> before,
			Map<String, Object> after, String reason) {
		events.publishEvent(new RegistryChanged(user.getUsername(), Instant.now(), subject, action, text(before),
				text(after), reason == null || reason.isBlank() ? null : reason.strip()));
		events.publishEvent(new DataChanged("registry"));
	}

	private static String text(Map<String, Object> state) {
		return state == null ? null
				: state.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
	}

}
