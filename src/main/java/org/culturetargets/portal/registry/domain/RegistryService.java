package org.culturetargets.portal.registry.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.registry.EnterpriseView;
import org.culturetargets.portal.registry.IndustryClassView;
import org.culturetargets.portal.registry.ParkLevel;
import org.culturetargets.portal.registry.ParkType;
import org.culturetargets.portal.registry.ParkView;
import org.culturetargets.portal.registry.ProjectCategory;
import org.culturetargets.portal.registry.ProjectStatus;
import org.culturetargets.portal.registry.ProjectView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.registry.RegistryFilter;
import org.culturetargets.portal.registry.RegistryPage;
import org.culturetargets.portal.registry.domain.Derivation.Family;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry lists: filtered, sorted and cut into pages in SQL, with the total row count (and, behind a derived
 * figure, the total of its measure) from the same query. Lists stay one query whatever their length: groups and
 * enterprise counts are correlated sub-selects, never a query per row.
 */
@Service
@Transactional(readOnly = true)
class RegistryService implements Registry {

	private static final int MAX_PAGE_SIZE = 200;

	/** Rows a whole-list read takes from the database at a time (PostgreSQL streams them through a cursor). */
	private static final int ROWS_PER_FETCH = 500;

	private final JdbcClient jdbc;

	private final JdbcClient cursor;

	private final PlanCatalog catalog;

	private final PortalTime time;

	RegistryService(JdbcClient jdbc, DataSource dataSource, PlanCatalog catalog, PortalTime time) {
		this.time = time;
		this.jdbc = jdbc;
		JdbcTemplate fetching = new JdbcTemplate(dataSource);
		fetching.setFetchSize(ROWS_PER_FETCH);
		this.cursor = JdbcClient.create(fetching);
		this.catalog = catalog;
	}

	/** Conditions and their parameters, gathered from a filter. */
	private static final class Where {

		final List<String> conditions = new ArrayList<>();

		final Map<String, Object> params = new HashMap<>();

		String with = "";

		void add(String condition, String name, Object value) {
			if (value != null && !(value instanceof String s && s.isBlank())) {
				conditions.add(condition);
				params.put(name, value);
			}
		}

		void scope(String scope, String scoped, String idColumn) {
			if (scope != null && !scope.isBlank()) {
				with = RegistryFigures.EXPAND + ",\n" + scoped + "\n";
				params.put("scopes", new String[] { scope });
				conditions.add(idColumn + " in (select id from scoped)");
			}
		}

		String sql() {
			return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		}

	}

	// --- enterprises ---

	private static final String ENTERPRISE_COLUMNS = """
			select e.id, e.credit_code, e.name, e.area_code, a.name_zh as area_zh, a.name_en as area_en, e.park_id,
			       p.name_zh as park_name, e.industry_class, c.name_zh as class_zh, c.name_en as class_en, d.core,
			       e.above_size, coalesce(e.digital, c.digital) as digital_effective, e.digital, e.listed, e.stock_code,
			       e.leading_enterprise, e.headquarters, e.export_key, e.synthetic, f.period, f.revenue, f.employees,
			       e.version, e.updated_by, e.updated_at
			""";

	private static final String ENTERPRISE_FROM = """
			  from registry.enterprise e
			  join registry.industry_class c on c.code = e.industry_class
			  join registry.culture_division d on d.code = c.division_code
			  join plans.scope a on a.code = e.area_code
			  left join registry.park p on p.id = e.park_id
			""";

	@Override
	public RegistryPage<EnterpriseView> enterprises(RegistryFilter filter, int page, int size, Long after) {
		Optional<Derivation> derivation = derivationBehind(filter.indicator());
		String figurePeriod = figurePeriod(filter.period());
		if (figurePeriod != null && bySums(filter, derivation)) {
			return enterprisesBySums(filter, derivation, figurePeriod, page, size, after);
		}
		return page(enterpriseQuery(filter), page, size, this::enterprise);
	}

	/**
	 * Whether the figures' sums (registry V4_20) hold the list's counts and total: its filters are all among their
	 * keys (scope, industry class and division, size and digital flags, park) and its indicator, if any, sums figures.
	 */
	private static boolean bySums(RegistryFilter filter, Optional<Derivation> derivation) {
		return (filter.q() == null || filter.q().isBlank()) && filter.listed() == null && filter.leading() == null
				&& filter.headquarters() == null && filter.exportKey() == null
				&& derivation.map(d -> d.family() == Family.ENTERPRISE_FIGURES).orElse(true);
	}

	/**
	 * A page of enterprises in the order of their revenue in the quarter, without reading every enterprise: the count
	 * and total from the figures' sums, the rows from the index on (period, revenue) — the top of a quarter is its
	 * first entries — and then, for a list without an indicator, the enterprises without figures of the quarter by
	 * name, as the one query of {@link #enterpriseQuery} orders them. The scope is its areas and the parks of its
	 * groups, each enterprise once, as {@link RegistryFigures#SCOPED_ENTERPRISES} counts it. After an enterprise
	 * (keyset), the rows start below its revenue, or after its name among those without figures.
	 */
	private RegistryPage<EnterpriseView> enterprisesBySums(RegistryFilter filter, Optional<Derivation> derivation,
			String figurePeriod, int page, int size, Long after) {
		Where where = new Where();
		scopeMembers(filter.scope(), where);
		derivation.ifPresent(d -> where.conditions.add(d.condition()));
		filterEnterprises(filter, where);
		where.params.put("figurePeriod", figurePeriod);
		String conditions = where.conditions.stream().map(c -> " and " + c).collect(Collectors.joining());
		String measure = derivation.map(d -> switch (d.measure()) {
			case COUNT -> "cast(sum(e.enterprises) as numeric)";
			case REVENUE -> "sum(e.revenue) / 10000";
			case EMPLOYEES -> "sum(e.employees) / 10000.0";
		}).orElse("cast(null as numeric)");
		Map<String, Object> sums = jdbc.sql("select coalesce(sum(e.enterprises), 0) as with_figures, " + measure
				+ " as total from registry.enterprise_figure_rollup e join registry.industry_class c on c.code = e.industry_class"
				+ " where e.period = :figurePeriod" + conditions)
			.params(where.params)
			.query()
			.singleRow();
		long withFigures = ((Number) sums.get("with_figures")).longValue();
		// without an indicator the list counts the enterprises without figures of the quarter too: from the tally of
		// enterprises by the same keys (registry V4_22), not by reading every enterprise of the scope
		long totalRows = derivation.isPresent() ? withFigures : jdbc.sql("select coalesce(sum(e.enterprises), 0)"
				+ " from registry.enterprise_tally e join registry.industry_class c on c.code = e.industry_class"
				+ " where true" + conditions)
			.params(where.params)
			.query(Long.class)
			.single();
		int safeSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		int safePage = Math.max(page, 0);
		long offset = (long) safePage * safeSize;
		List<EnterpriseView> rows = new ArrayList<>();
		Map<String, Object> params = new HashMap<>(where.params);
		Optional<Map<String, Object>> last = after == null ? Optional.empty() : jdbc.sql("""
				select e.id, e.name, f.revenue from registry.enterprise e
				  left join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = :figurePeriod
				 where e.id = :after""")
			.param("figurePeriod", figurePeriod)
			.param("after", after)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		String afterFigured = "";
		String afterUnfigured = "";
		if (last.isPresent()) {
			params.put("afterId", last.get().get("id"));
			params.put("afterName", last.get().get("name"));
			params.put("afterRevenue", last.get().get("revenue"));
			afterUnfigured = " and (e.name, e.id) > (:afterName, :afterId)";
			if (last.get().get("revenue") == null) {
				offset = withFigures;
			}
			else {
				offset = 0;
				afterFigured = " and f.revenue <= :afterRevenue"
						+ " and (f.revenue < :afterRevenue or (e.name, e.id) > (:afterName, :afterId))";
				afterUnfigured = "";
			}
		}
		if (offset < withFigures) {
			params.put("size", safeSize);
			params.put("offset", offset);
			rows.addAll(jdbc.sql(ENTERPRISE_COLUMNS + """
					  from registry.enterprise_figure f
					  join registry.enterprise e on e.id = f.enterprise_id
					  join registry.industry_class c on c.code = e.industry_class
					  join registry.culture_division d on d.code = c.division_code
					  join plans.scope a on a.code = e.area_code
					  left join registry.park p on p.id = e.park_id
					 where f.period = :figurePeriod""" + conditions + afterFigured + """

					 order by f.revenue desc, e.name, e.id limit :size offset :offset""")
				.params(params)
				.query((rs, row) -> enterprise(rs))
				.list());
		}
		boolean unfiguredLeft = last.isPresent() || offset + rows.size() < totalRows;
		if (rows.size() < safeSize && totalRows > withFigures && unfiguredLeft) {
			params.put("size", safeSize - rows.size());
			params.put("offset", last.isPresent() ? 0 : Math.max(0, offset - withFigures));
			rows.addAll(jdbc.sql(ENTERPRISE_COLUMNS + ENTERPRISE_FROM + """
					  left join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = :figurePeriod
					 where f.enterprise_id is null""" + conditions + afterUnfigured + """

					 order by e.name, e.id limit :size offset :offset""")
				.params(params)
				.query((rs, row) -> enterprise(rs))
				.list());
		}
		return new RegistryPage<>(List.copyOf(rows), safePage, safeSize, totalRows, (BigDecimal) sums.get("total"));
	}

	/** The scope as its areas and the parks of its groups: conditions an index and the sums can answer. */
	private void scopeMembers(String scope, Where where) {
		if (scope == null || scope.isBlank()) {
			return;
		}
		Map<String, Object> members = jdbc.sql(RegistryFigures.EXPAND + """

				select array(select distinct member from expand) as areas,
				       array(select distinct g.park_id from registry.park_group g
				              where g.group_code in (select member from expand)) as parks
				""").param("scopes", new String[] { scope })
			.query((rs, row) -> Map.of("areas", rs.getArray("areas").getArray(), "parks", rs.getArray("parks").getArray()))
			.single();
		where.conditions.add("(e.area_code = any (:areas) or e.park_id = any (:parks))");
		where.params.putAll(members);
	}

	@Override
	public void eachEnterprise(RegistryFilter filter, Consumer<? super EnterpriseView> each) {
		each(enterpriseQuery(filter), this::enterprise, each);
	}

	private ListQuery enterpriseQuery(RegistryFilter filter) {
		Where where = new Where();
		where.scope(filter.scope(), RegistryFigures.SCOPED_ENTERPRISES, "e.id");
		String figurePeriod = figurePeriod(filter.period());
		String figureJoin = " left join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = :figurePeriod";
		String total = "cast(null as numeric)";
		Optional<Derivation> derivation = derivationBehind(filter.indicator());
		if (derivation.isPresent()) {
			Derivation d = derivation.get();
			if (d.family() == Family.PARKS || d.family() == Family.PROJECTS) {
				throw new IllegalArgumentException("indicator '" + d.indicatorCode() + "' is not counted over enterprises");
			}
			where.conditions.add(d.condition());
			if (d.family() == Family.ENTERPRISE_FIGURES) {
				figureJoin = " join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = :figurePeriod";
				total = switch (d.measure()) {
					case COUNT -> ROW_COUNT;
					case REVENUE -> "sum(f.revenue) over () / 10000";
					case EMPLOYEES -> "sum(f.employees) over () / 10000.0";
				};
			}
			else {
				total = ROW_COUNT;
			}
		}
		where.params.put("figurePeriod", figurePeriod == null ? "" : figurePeriod);
		filterEnterprises(filter, where);
		return new ListQuery(where, ENTERPRISE_COLUMNS, total, ENTERPRISE_FROM + figureJoin,
				" order by f.revenue desc nulls last, e.name, e.id");
	}

	private static void filterEnterprises(RegistryFilter filter, Where where) {
		if (filter.q() != null && !filter.q().isBlank()) {
			where.add("(e.name ilike :q or e.credit_code ilike :q)", "q", "%" + filter.q().strip() + "%");
		}
		where.add("c.division_code = :division", "division", filter.division());
		where.add("e.industry_class = :industryClass", "industryClass", filter.industryClass());
		where.add("e.above_size = :aboveSize", "aboveSize", filter.aboveSize());
		where.add("coalesce(e.digital, c.digital) = :digital", "digital", filter.digital());
		where.add("e.listed = :listed", "listed", filter.listed());
		where.add("e.leading_enterprise = :leading", "leading", filter.leading());
		where.add("e.headquarters = :headquarters", "headquarters", filter.headquarters());
		where.add("e.export_key = :exportKey", "exportKey", filter.exportKey());
		where.add("e.park_id = :park", "park", filter.park());
	}

	/** The quarter whose figures a list shows: the period's last quarter, or the latest quarter with figures. */
	private String figurePeriod(String period) {
		if (period != null && !period.isBlank()) {
			Period p = Period.parse(period);
			return Period.ofQuarter(p.year(), p.endQuarter()).toString();
		}
		return jdbc.sql("select max(period) from registry.enterprise_figure").query(String.class).optional().orElse(null);
	}

	private Optional<Derivation> derivationBehind(String indicator) {
		if (indicator == null || indicator.isBlank()) {
			return Optional.empty();
		}
		Optional<Derivation> own = Derivation.of(indicator);
		if (own.isPresent()) {
			return own;
		}
		// a ratio lists the rows of its numerator; its denominator's rows are one link away
		Optional<Derivation> numerator = catalog.indicator(indicator)
			.filter(IndicatorView::isRatio)
			.flatMap(i -> Derivation.of(i.numeratorCode()));
		if (numerator.isEmpty()) {
			throw new IllegalArgumentException("indicator '" + indicator + "' is not derived from the registries");
		}
		return numerator;
	}

	@Override
	public Optional<EnterpriseView> enterprise(long id) {
		String sql = ENTERPRISE_COLUMNS + ENTERPRISE_FROM
				+ " left join registry.enterprise_figure f on f.enterprise_id = e.id"
				+ " and f.period = (select max(period) from registry.enterprise_figure where enterprise_id = e.id)"
				+ " where e.id = :id";
		return jdbc.sql(sql).param("id", id).query((rs, row) -> enterprise(rs)).optional();
	}

	@Override
	public List<EnterpriseView> figuresOf(long enterpriseId) {
		String sql = ENTERPRISE_COLUMNS + ENTERPRISE_FROM
				+ " join registry.enterprise_figure f on f.enterprise_id = e.id where e.id = :id order by f.period";
		return jdbc.sql(sql).param("id", enterpriseId).query((rs, row) -> enterprise(rs)).list();
	}

	private EnterpriseView enterprise(ResultSet rs) throws SQLException {
		return new EnterpriseView(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
				rs.getString("area_code"), rs.getString("area_zh"), rs.getString("area_en"),
				(Long) rs.getObject("park_id", Long.class), rs.getString("park_name"), rs.getString("industry_class"),
				rs.getString("class_zh"), rs.getString("class_en"), rs.getBoolean("core"), rs.getBoolean("above_size"),
				rs.getBoolean("digital_effective"), (Boolean) rs.getObject("digital", Boolean.class),
				rs.getBoolean("listed"), rs.getString("stock_code"), rs.getBoolean("leading_enterprise"),
				rs.getBoolean("headquarters"), rs.getBoolean("export_key"), rs.getBoolean("synthetic"),
				rs.getString("period"), rs.getBigDecimal("revenue"), (Integer) rs.getObject("employees", Integer.class),
				rs.getInt("version"), rs.getString("updated_by"), instant(rs.getTimestamp("updated_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	// --- parks ---

	private static final String PARK_SELECT = """
			select p.id, p.name_zh, p.name_en, p.area_code, a.name_zh as area_zh, a.name_en as area_en, p.level, p.type,
			       p.key_platform, p.recognised_year, p.source, p.synthetic, p.version, p.updated_by, p.updated_at,
			       array(select g.group_code from registry.park_group g where g.park_id = p.id order by g.group_code) as groups,
			       (select count(*) from registry.enterprise e where e.park_id = p.id) as enterprises
			""";

	@Override
	public RegistryPage<ParkView> parks(RegistryFilter filter, int page, int size) {
		RegistryPage<ParkView> result = page(parkQuery(filter), page, size, this::park);
		return filter.indicator() == null || filter.indicator().isBlank() ? withoutTotal(result) : result;
	}

	@Override
	public void eachPark(RegistryFilter filter, Consumer<? super ParkView> each) {
		each(parkQuery(filter), this::park, each);
	}

	private ListQuery parkQuery(RegistryFilter filter) {
		Where where = new Where();
		where.scope(filter.scope(), RegistryFigures.SCOPED_PARKS, "p.id");
		derivationBehind(filter.indicator()).ifPresent(d -> {
			requireFamily(d, Family.PARKS);
			where.conditions.add(d.condition());
			if (filter.period() != null && !filter.period().isBlank()) {
				where.add("(p.recognised_year is null or p.recognised_year <= :year)", "year",
						Period.parse(filter.period()).year());
			}
		});
		if (filter.q() != null && !filter.q().isBlank()) {
			where.add("(p.name_zh ilike :q or p.name_en ilike :q)", "q", "%" + filter.q().strip() + "%");
		}
		where.add("p.level = :level", "level", filter.level());
		where.add("p.type = :type", "type", filter.type());
		where.add("p.key_platform = :keyPlatform", "keyPlatform", filter.keyPlatform());
		return new ListQuery(where, PARK_SELECT, ROW_COUNT, " from registry.park p left join plans.scope a on a.code = p.area_code",
				" order by case p.level when 'NATIONAL' then 1 when 'PROVINCIAL' then 2 when 'MUNICIPAL' then 3 else 4 end,"
						+ " p.name_zh, p.id");
	}

	@Override
	public Optional<ParkView> park(long id) {
		return jdbc.sql(PARK_SELECT + " from registry.park p left join plans.scope a on a.code = p.area_code where p.id = :id")
			.param("id", id)
			.query((rs, row) -> park(rs))
			.optional();
	}

	private ParkView park(ResultSet rs) throws SQLException {
		return new ParkView(rs.getLong("id"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("area_code"),
				rs.getString("area_zh"), rs.getString("area_en"),
				rs.getString("level") == null ? null : ParkLevel.valueOf(rs.getString("level")),
				ParkType.valueOf(rs.getString("type")), rs.getBoolean("key_platform"),
				(Integer) rs.getObject("recognised_year", Integer.class),
				strings(rs.getArray("groups")), rs.getString("source"), rs.getBoolean("synthetic"), rs.getLong("enterprises"),
				rs.getInt("version"), rs.getString("updated_by"), instant(rs.getTimestamp("updated_at")));
	}

	// --- projects ---

	private static final String PROJECT_SELECT = """
			select j.id, j.name, j.area_code, a.name_zh as area_zh, a.name_en as area_en, j.category, j.planned_investment,
			       j.completed_investment, j.status, j.planned_start, j.started_on, j.completed_on, j.synthetic, j.version,
			       j.updated_by, j.updated_at,
			       array(select g.group_code from registry.project_group g where g.project_id = j.id order by g.group_code) as groups
			""";

	@Override
	public RegistryPage<ProjectView> projects(RegistryFilter filter, int page, int size) {
		RegistryPage<ProjectView> result = page(projectQuery(filter), page, size, this::project);
		return filter.indicator() == null || filter.indicator().isBlank() ? withoutTotal(result) : result;
	}

	@Override
	public void eachProject(RegistryFilter filter, Consumer<? super ProjectView> each) {
		each(projectQuery(filter), this::project, each);
	}

	private ListQuery projectQuery(RegistryFilter filter) {
		Where where = new Where();
		where.scope(filter.scope(), RegistryFigures.SCOPED_PROJECTS, "j.id");
		derivationBehind(filter.indicator()).ifPresent(d -> {
			requireFamily(d, Family.PROJECTS);
			Period period = filter.period() == null || filter.period().isBlank()
					? Period.lastEndedQuarter(time.today()) : Period.parse(filter.period());
			where.conditions.add(d.condition());
			where.params.put("end", period.endDate());
		});
		if (filter.q() != null && !filter.q().isBlank()) {
			where.add("j.name ilike :q", "q", "%" + filter.q().strip() + "%");
		}
		where.add("j.category = :category", "category", filter.category());
		where.add("j.status = :status", "status", filter.status());
		return new ListQuery(where, PROJECT_SELECT, ROW_COUNT, " from registry.project j join plans.scope a on a.code = j.area_code",
				" order by j.planned_start desc nulls last, j.name, j.id");
	}

	@Override
	public Optional<ProjectView> project(long id) {
		return jdbc.sql(PROJECT_SELECT + " from registry.project j join plans.scope a on a.code = j.area_code where j.id = :id")
			.param("id", id)
			.query((rs, row) -> project(rs))
			.optional();
	}

	private ProjectView project(ResultSet rs) throws SQLException {
		return new ProjectView(rs.getLong("id"), rs.getString("name"), rs.getString("area_code"), rs.getString("area_zh"),
				rs.getString("area_en"), ProjectCategory.valueOf(rs.getString("category")),
				rs.getBigDecimal("planned_investment"), rs.getBigDecimal("completed_investment"),
				ProjectStatus.valueOf(rs.getString("status")), rs.getObject("planned_start", LocalDate.class), rs.getObject("started_on", LocalDate.class),
				rs.getObject("completed_on", LocalDate.class), strings(rs.getArray("groups")),
				rs.getBoolean("synthetic"), rs.getInt("version"), rs.getString("updated_by"),
				instant(rs.getTimestamp("updated_at")));
	}

	// --- scopes ---

	@Override
	public Map<String, Map<String, Long>> counts(List<String> scopeCodes) {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		scopeCodes.forEach(s -> counts.put(s, new LinkedHashMap<>(Map.of("parks", 0L, "enterprises", 0L, "projects", 0L))));
		String[] scopes = scopeCodes.toArray(String[]::new);
		count(RegistryFigures.SCOPED_PARKS, "parks", "true", scopes, counts);
		count(RegistryFigures.SCOPED_ENTERPRISES, "enterprises",
				"exists (select 1 from registry.enterprise e where e.id = s.id and e.above_size)", scopes, counts);
		count(RegistryFigures.SCOPED_PROJECTS, "projects", "true", scopes, counts);
		return counts;
	}

	private void count(String scoped, String kind, String condition, String[] scopes,
			Map<String, Map<String, Long>> counts) {
		jdbc.sql(RegistryFigures.EXPAND + ",\n" + scoped + "\nselect s.scope, count(*) from scoped s where " + condition
				+ " group by s.scope")
			.param("scopes", scopes)
			.query((ResultSet rs) -> {
				counts.get(rs.getString(1)).put(kind, rs.getLong(2));
			});
	}

	@Override
	public List<String> indicatorsCounting(long enterpriseId) {
		List<Derivation> enterpriseDerivations = new ArrayList<>();
		for (Derivation d : Derivation.values()) {
			if (d.family() == Family.ENTERPRISE_FIGURES || d.family() == Family.ENTERPRISE_FLAGS) {
				enterpriseDerivations.add(d);
			}
		}
		String columns = String.join(", ", enterpriseDerivations.stream().map(Derivation::condition).toList());
		List<Boolean> counted = jdbc.sql("select " + columns
				+ " from registry.enterprise e join registry.industry_class c on c.code = e.industry_class where e.id = :id")
			.param("id", enterpriseId)
			.query((rs, row) -> {
				List<Boolean> flags = new ArrayList<>();
				for (int i = 1; i <= enterpriseDerivations.size(); i++) {
					flags.add(rs.getBoolean(i));
				}
				return flags;
			})
			.optional()
			.orElse(List.of());
		List<String> indicators = new ArrayList<>();
		for (int i = 0; i < counted.size(); i++) {
			if (counted.get(i)) {
				indicators.add(enterpriseDerivations.get(i).indicatorCode());
			}
		}
		catalog.indicators()
			.stream()
			.filter(r -> r.origin() == IndicatorView.Origin.DERIVED && r.isRatio() && indicators.contains(r.denominatorCode()))
			.forEach(r -> indicators.add(r.code()));
		return indicators;
	}

	@Override
	public List<String> scopesIncluding(long enterpriseId) {
		String[] all = catalog.scopes().stream().map(ScopeView::code).toArray(String[]::new);
		return jdbc.sql(RegistryFigures.EXPAND + ",\n" + RegistryFigures.SCOPED_ENTERPRISES
				+ "\nselect distinct scope from scoped where id = :id")
			.param("scopes", all)
			.param("id", enterpriseId)
			.query(String.class)
			.list();
	}

	@Override
	public Optional<String> listBehind(String indicatorCode) {
		Optional<Derivation> derivation;
		try {
			derivation = derivationBehind(indicatorCode);
		}
		catch (IllegalArgumentException notDerived) {
			return Optional.empty();
		}
		return derivation.map(d -> switch (d.family()) {
			case ENTERPRISE_FIGURES, ENTERPRISE_FLAGS -> "enterprises";
			case PARKS -> "parks";
			case PROJECTS -> "projects";
		});
	}

	@Override
	public Map<String, List<String>> districtsHoldingGroups() {
		Map<String, List<String>> districts = new LinkedHashMap<>();
		jdbc.sql("""
				select g.group_code, p.area_code from registry.park_group g join registry.park p on p.id = g.park_id
				 where p.area_code is not null
				union
				select g.group_code, j.area_code from registry.project_group g join registry.project j on j.id = g.project_id
				order by 1, 2
				""").query((ResultSet rs) -> {
			districts.computeIfAbsent(rs.getString(1), g -> new ArrayList<>()).add(rs.getString(2));
		});
		return districts;
	}

	@Override
	public List<IndustryClassView> industryClasses() {
		return jdbc.sql("select code, division_code, name_zh, name_en, digital from registry.industry_class order by code")
			.query((rs, row) -> new IndustryClassView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5)))
			.list();
	}

	@Override
	public List<ParkView> parkChoices() {
		return jdbc.sql(PARK_SELECT + " from registry.park p left join plans.scope a on a.code = p.area_code order by p.name_zh")
			.query((rs, row) -> park(rs))
			.list();
	}

	// --- paging ---

	@FunctionalInterface
	private interface RowReader<T> {

		T read(ResultSet rs) throws SQLException;

	}

	/**
	 * A list's query: its columns, the sum a page shows behind a derived figure ({@code total}), its tables and
	 * conditions, and its order.
	 */
	private record ListQuery(Where where, String columns, String total, String from, String order) {

		/** One page, with the count (and total) of every matching row from the same query. */
		String page() {
			return where.with + columns + ", count(*) over () as total_rows, " + total + " as total\n" + from + where.sql()
					+ order + " limit :size offset :offset";
		}

		/** Every matching row, without the window sums: the first rows can go out before the last are read. */
		String all() {
			return where.with + columns + from + where.sql() + order;
		}

	}

	private static final String ROW_COUNT = "cast(count(*) over () as numeric)";

	private <T> void each(ListQuery query, RowReader<T> reader, Consumer<? super T> each) {
		cursor.sql(query.all()).params(query.where().params).query((ResultSet rs) -> each.accept(reader.read(rs)));
	}

	private <T> RegistryPage<T> page(ListQuery query, int page, int size, RowReader<T> reader) {
		String sql = query.page();
		Map<String, Object> params = query.where().params;
		int safeSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		int safePage = Math.max(page, 0);
		Map<String, Object> all = new HashMap<>(params);
		all.put("size", safeSize);
		all.put("offset", (long) safePage * safeSize);
		List<T> rows = new ArrayList<>();
		long[] totalRows = { 0 };
		BigDecimal[] total = { null };
		jdbc.sql(sql).params(all).query((ResultSet rs) -> {
			rows.add(reader.read(rs));
			totalRows[0] = rs.getLong("total_rows");
			total[0] = rs.getBigDecimal("total");
		});
		if (rows.isEmpty() && safePage > 0) {
			// past the last page: count what there is, so the page can offer the way back
			all.put("offset", 0L);
			jdbc.sql(sql).params(all).query((ResultSet rs) -> {
				totalRows[0] = rs.getLong("total_rows");
				total[0] = rs.getBigDecimal("total");
			});
		}
		return new RegistryPage<>(List.copyOf(rows), safePage, safeSize, totalRows[0], total[0]);
	}

	private static <T> RegistryPage<T> withoutTotal(RegistryPage<T> page) {
		return new RegistryPage<>(page.rows(), page.page(), page.size(), page.totalRows(), null);
	}

	private static void requireFamily(Derivation d, Family family) {
		if (d.family() != family) {
			throw new IllegalArgumentException("indicator '" + d.indicatorCode() + "' is not counted over this registry");
		}
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
