package org.culturetargets.portal.plans.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.plans.PlanLevel;
import org.culturetargets.portal.plans.ReferenceDataChanged;
import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Unit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' writes of the reference data: plans, indicators, targets, areas and groups. Every command is
 * checked whole before anything is written (the rules an import applies too), so a refused one saves nothing;
 * every write publishes a {@link ReferenceDataChanged} in its transaction.
 */
@Service
@Transactional
public class ReferenceDataAdministration {

	public static final List<String> UNITS = Unit.symbols();

	public static final List<ScopeKind> AREA_KINDS = List.of(ScopeKind.COUNTRY, ScopeKind.PROVINCE, ScopeKind.CITY,
			ScopeKind.DISTRICT);

	public static final List<ScopeKind> GROUP_KINDS = List.of(ScopeKind.BELT, ScopeKind.CORRIDOR, ScopeKind.CLUSTER,
			ScopeKind.REGION);

	private static final Pattern PLAN_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

	private static final Pattern INDICATOR_CODE = Pattern.compile("[a-z][a-z0-9_]{0,59}");

	private static final Pattern AREA_CODE = Pattern.compile("[0-9]{6}");

	private static final Pattern GROUP_CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	private final PlanRepository plans;

	private final IndicatorRepository indicators;

	private final TargetRepository targets;

	private final ScopeRepository scopes;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ReferenceDataAdministration(PlanRepository plans, IndicatorRepository indicators, TargetRepository targets,
			ScopeRepository scopes, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.plans = plans;
		this.indicators = indicators;
		this.targets = targets;
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.events = events;
	}

	// --- reads for the forms

	@Transactional(readOnly = true)
	public Optional<PlanCmd> plan(String code) {
		return plans.findById(code).map(Plan::toCmd);
	}

	@Transactional(readOnly = true)
	public Optional<IndicatorCmd> indicator(String code) {
		return indicators.findById(code).map(Indicator::toCmd);
	}

	@Transactional(readOnly = true)
	public Optional<TargetCmd> target(long id) {
		return targets.findById(id).map(Target::toCmd);
	}

	/** The plan a target belongs to. */
	@Transactional(readOnly = true)
	public Optional<String> planOf(long targetId) {
		return targets.findById(targetId).map(Target::planCode);
	}

	@Transactional(readOnly = true)
	public Optional<ScopeCmd> scope(String code) {
		return scopes.findById(code).map(scope -> scope.toCmd(members(code)));
	}

	/** Every group's members, by group code. */
	@Transactional(readOnly = true)
	public Map<String, List<String>> groupMembers() {
		Map<String, List<String>> members = new LinkedHashMap<>();
		jdbc.sql("select group_code, member_code from plans.scope_member order by group_code, member_code")
			.query(rs -> {
				members.computeIfAbsent(rs.getString(1), group -> new ArrayList<>()).add(rs.getString(2));
			});
		return members;
	}

	/**
	 * Where districts' targets of a summable indicator (money or counts: not a share in %, not a ratio) are set
	 * for the same kind and year, their sum against the city's target. Growth targets are rates and never add up.
	 */
	@Transactional(readOnly = true)
	public List<DistrictTargetSum> districtSums(String planCode) {
		return jdbc.sql("""
				with district as (
				    select t.indicator_code, t.kind, t.target_year, s.parent_code as city, t.target_value
				    from plans.target t
				    join plans.scope s on s.code = t.scope_code
				    join plans.indicator i on i.code = t.indicator_code
				    where t.plan_code = :plan and s.kind = 'DISTRICT' and t.kind in ('LEVEL', 'MAINTAIN')
				      and i.unit <> '%' and i.numerator_code is null and t.target_value is not null
				)
				select d.indicator_code, d.kind, d.target_year, d.city, c.target_value as city_target,
				       sum(d.target_value) as district_sum, count(*) as districts_set,
				       (select count(*) from plans.scope x where x.kind = 'DISTRICT' and x.parent_code = d.city) as districts_total
				from district d
				left join plans.target c on c.plan_code = :plan and c.scope_code = d.city
				     and c.indicator_code = d.indicator_code and c.kind = d.kind and c.target_year = d.target_year
				group by d.indicator_code, d.kind, d.target_year, d.city, c.target_value
				order by d.indicator_code, d.target_year, d.kind
				""").param("plan", planCode).query((rs, row) -> {
			BigDecimal city = rs.getBigDecimal("city_target");
			BigDecimal sum = rs.getBigDecimal("district_sum");
			return new DistrictTargetSum(rs.getString("indicator_code"), rs.getString("kind"), rs.getInt("target_year"),
					rs.getString("city"), city, sum, city == null ? null : city.subtract(sum), rs.getInt("districts_set"),
					rs.getInt("districts_total"));
		}).list();
	}

	// --- plans

	public void createPlan(PlanCmd cmd, String reason, String actor) {
		Fields fields = new Fields();
		String code = fields.code("code", cmd.code(), PLAN_CODE, "HZ-15FYP");
		if (code != null && plans.existsById(code)) {
			fields.reject("code", "admin.error.duplicate", code);
		}
		Plan plan = new Plan(code, (int) plans.count() + 1);
		applyPlan(plan, cmd, fields);
		plans.save(plan);
		publish(actor, "plan " + code, "created", null, plan.toCmd().toString(), reason);
	}

	public void updatePlan(String code, PlanCmd cmd, String reason, String actor) {
		Plan plan = plans.findById(code).orElseThrow(() -> new NotFoundException("plan", code));
		String before = plan.toCmd().toString();
		applyPlan(plan, cmd, new Fields());
		publish(actor, "plan " + code, "updated", before, plan.toCmd().toString(), reason);
	}

	private void applyPlan(Plan plan, PlanCmd cmd, Fields fields) {
		String titleZh = fields.text("titleZh", cmd.titleZh(), true, 300);
		String titleEn = fields.text("titleEn", cmd.titleEn(), true, 300);
		String issuerZh = fields.text("issuerZh", cmd.issuerZh(), true, 200);
		String issuerEn = fields.text("issuerEn", cmd.issuerEn(), true, 200);
		PlanLevel level = fields.choice("level", cmd.level(), PlanLevel.class);
		String home = existingScope(fields, "homeScope", cmd.homeScope(), true);
		Integer start = fields.year("periodStart", cmd.periodStart(), true);
		Integer end = fields.year("periodEnd", cmd.periodEnd(), true);
		Integer baseline = fields.year("baselineYear", cmd.baselineYear(), true);
		LocalDate issuedOn = fields.date("issuedOn", cmd.issuedOn());
		String source = fields.text("source", cmd.source(), true, 300);
		if (start != null && end != null && start > end) {
			fields.reject("periodEnd", "admin.error.notBefore", end, start);
		}
		if (baseline != null && end != null && baseline >= end) {
			fields.reject("baselineYear", "admin.error.before", baseline, end);
		}
		fields.done();
		plan.change(titleZh, titleEn, issuerZh, issuerEn, level, home, start, end, baseline, issuedOn, source);
	}

	// --- indicators

	public void createIndicator(IndicatorCmd cmd, String reason, String actor) {
		Fields fields = new Fields();
		String code = fields.code("code", cmd.code(), INDICATOR_CODE, "film_revenue");
		if (code != null && indicators.existsById(code)) {
			fields.reject("code", "admin.error.duplicate", code);
		}
		Indicator indicator = new Indicator(code);
		applyIndicator(indicator, code, cmd, fields);
		indicators.save(indicator);
		publish(actor, "indicator " + code, "created", null, indicator.toCmd().toString(), reason);
	}

	public void updateIndicator(String code, IndicatorCmd cmd, String reason, String actor) {
		Indicator indicator = indicators.findById(code)
			.orElseThrow(() -> new NotFoundException("indicator", code));
		String before = indicator.toCmd().toString();
		applyIndicator(indicator, code, cmd, new Fields());
		publish(actor, "indicator " + code, "updated", before, indicator.toCmd().toString(), reason);
	}

	private void applyIndicator(Indicator indicator, String code, IndicatorCmd cmd, Fields fields) {
		String nameZh = fields.text("nameZh", cmd.nameZh(), true, 200);
		String nameEn = fields.text("nameEn", cmd.nameEn(), true, 200);
		String unit = fields.oneOf("unit", cmd.unit(), UNITS);
		Direction direction = fields.choice("direction", cmd.direction(), Direction.class);
		Nature nature = fields.choice("nature", cmd.nature(), Nature.class);
		PathShape path = fields.choice("path", cmd.path(), PathShape.class);
		IndicatorView.Origin origin = fields.choice("origin", cmd.origin(), IndicatorView.Origin.class);
		String numerator = fields.text("numeratorCode", cmd.numeratorCode(), false, 60);
		String denominator = fields.text("denominatorCode", cmd.denominatorCode(), false, 60);
		Integer scale = fields.integer("displayScale", cmd.displayScale(), 0, 4, 0);
		String definitionZh = fields.text("definitionZh", cmd.definitionZh(), false, 1000);
		String definitionEn = fields.text("definitionEn", cmd.definitionEn(), false, 1000);
		if ((numerator == null) != (denominator == null) && !fields.hasProblem("numeratorCode")
				&& !fields.hasProblem("denominatorCode")) {
			fields.reject(numerator == null ? "numeratorCode" : "denominatorCode", "admin.error.ratioPair");
		}
		for (String part : new String[] { "numeratorCode", "denominatorCode" }) {
			String partCode = part.equals("numeratorCode") ? numerator : denominator;
			if (partCode == null) {
				continue;
			}
			if (partCode.equals(code)) {
				fields.reject(part, "admin.error.ratioSelf");
			}
			else if (!indicators.existsById(partCode)) {
				fields.reject(part, "admin.error.unknownIndicator", partCode);
			}
		}
		fields.done();
		indicator.change(nameZh, nameEn, unit, direction, nature, path, origin, numerator, denominator, scale,
				definitionZh, definitionEn);
	}

	// --- targets

	/** Adds a target to a plan; returns its id. */
	public long createTarget(String planCode, TargetCmd cmd, String reason, String actor) {
		if (!plans.existsById(planCode)) {
			throw new NotFoundException("plan", planCode);
		}
		int sortOrder = targets.findByPlanCodeOrderBySortOrderAscIdAsc(planCode).size() + 1;
		Target target = new Target(planCode, sortOrder);
		applyTarget(target, null, cmd, actor);
		targets.saveAndFlush(target);
		publish(actor, "target " + target.id(), "created", null, describe(target), reason);
		return target.id();
	}

	public void updateTarget(long id, TargetCmd cmd, String reason, String actor) {
		Target target = targets.findById(id).orElseThrow(() -> new NotFoundException("target", id));
		String before = describe(target);
		applyTarget(target, id, cmd, actor);
		publish(actor, "target " + id, "updated", before, describe(target), reason);
	}

	private void applyTarget(Target target, Long id, TargetCmd cmd, String actor) {
		Fields fields = new Fields();
		String indicator = fields.text("indicatorCode", cmd.indicatorCode(), true, 60);
		if (indicator != null && !indicators.existsById(indicator)) {
			fields.reject("indicatorCode", "admin.error.unknownIndicator", indicator);
		}
		String scope = existingScope(fields, "scopeCode", cmd.scopeCode(), true);
		TargetKind kind = fields.choice("kind", cmd.kind(), TargetKind.class);
		boolean monitor = kind == TargetKind.MONITOR;
		Comparator comparator = comparator(fields, cmd.comparator(), !monitor && kind != null);
		BigDecimal baselineValue = fields.decimal("baselineValue", cmd.baselineValue(), false);
		Integer baselineYear = fields.year("baselineYear", cmd.baselineYear(), true);
		BigDecimal targetValue = fields.decimal("targetValue", cmd.targetValue(), !monitor && kind != null);
		Integer targetYear = fields.year("targetYear", cmd.targetYear(), true);
		String wording = fields.text("wording", cmd.wording(), false, 300);
		String source = fields.text("source", cmd.source(), true, 300);
		if (baselineYear != null && targetYear != null && baselineYear >= targetYear) {
			fields.reject("baselineYear", "admin.error.before", baselineYear, targetYear);
		}
		if (indicator != null && scope != null && kind != null && targetYear != null
				&& targetExists(target.planCode(), indicator, scope, kind, targetYear, id)) {
			fields.reject("targetYear", "admin.error.duplicateTarget", target.planCode(), indicator, scope, kind,
					targetYear);
		}
		fields.done();
		target.change(indicator, scope, kind, comparator, baselineValue, baselineYear, targetValue, targetYear, wording,
				source, actor);
	}

	private boolean targetExists(String plan, String indicator, String scope, TargetKind kind, int year, Long except) {
		return jdbc.sql("""
				select count(*) from plans.target
				where plan_code = ? and indicator_code = ? and scope_code = ? and kind = ? and target_year = ?
				  and id <> coalesce(?, -1)
				""").params(plan, indicator, scope, kind.name(), year, except).query(Long.class).single() > 0;
	}

	/** A comparator by its name ({@code GE}) or its symbol ({@code >=}), as a form or an import gives it. */
	private static Comparator comparator(Fields fields, String value, boolean required) {
		String text = fields.text("comparator", value, required, 3);
		if (text == null) {
			return null;
		}
		for (Comparator c : Comparator.values()) {
			if (c.name().equals(text) || c.symbol().equals(text)) {
				return c;
			}
		}
		fields.reject("comparator", "admin.error.choice", text, ">=, >, <=, <");
		return null;
	}

	private static String describe(Target target) {
		return target.planCode() + " " + target.toCmd() + " setBy=" + target.setBy();
	}

	// --- areas and groups

	public void createArea(ScopeCmd cmd, String reason, String actor) {
		createScope(cmd, AREA_CODE, "330199", reason, actor);
	}

	public void createGroup(ScopeCmd cmd, String reason, String actor) {
		createScope(cmd, GROUP_CODE, "belt-qiantang", reason, actor);
	}

	public void updateScope(String code, ScopeCmd cmd, String reason, String actor) {
		Scope scope = scopes.findById(code).orElseThrow(() -> new NotFoundException("scope", code));
		String before = scope.toCmd(members(code)).toString();
		applyScope(scope, code, scope.kind().isArea(), cmd, new Fields());
		publish(actor, (scope.kind().isArea() ? "area " : "group ") + code, "updated", before,
				scope.toCmd(members(code)).toString(), reason);
	}

	private void createScope(ScopeCmd cmd, Pattern pattern, String example, String reason, String actor) {
		boolean area = pattern == AREA_CODE;
		Fields fields = new Fields();
		String code = fields.code("code", cmd.code(), pattern, example);
		if (code != null && scopes.existsById(code)) {
			fields.reject("code", "admin.error.duplicate", code);
		}
		Scope scope = new Scope(code);
		applyScope(scope, code, area, cmd, fields);
		publish(actor, (area ? "area " : "group ") + code, "created", null, scope.toCmd(members(code)).toString(),
				reason);
	}

	private void applyScope(Scope scope, String code, boolean area, ScopeCmd cmd, Fields fields) {
		ScopeKind kind = fields.choice("kind", cmd.kind(), ScopeKind.class);
		if (kind != null && !(area ? AREA_KINDS : GROUP_KINDS).contains(kind)) {
			fields.reject("kind", "admin.error.choice", kind, (area ? AREA_KINDS : GROUP_KINDS).toString());
		}
		String parent = existingScope(fields, "parentCode", cmd.parentCode(), area && kind != ScopeKind.COUNTRY);
		if (parent != null) {
			checkParent(fields, code, area, parent);
		}
		String nameZh = fields.text("nameZh", cmd.nameZh(), true, 100);
		String nameEn = fields.text("nameEn", cmd.nameEn(), true, 100);
		Integer sortOrder = fields.integer("sortOrder", cmd.sortOrder(), 0, 100_000, 0);
		String source = fields.text("source", cmd.source(), true, 300);
		List<String> members = area ? List.of() : checkedMembers(fields, code, cmd.members());
		fields.done();
		scope.change(kind, parent, nameZh, nameEn, sortOrder, source);
		scopes.saveAndFlush(scope);
		if (!area) {
			jdbc.sql("delete from plans.scope_member where group_code = ? and not (member_code = any (?))")
				.params(code, members.toArray(String[]::new))
				.update();
			for (String member : members) {
				jdbc.sql("""
						insert into plans.scope_member (group_code, member_code, source) values (?, ?, ?)
						on conflict do nothing
						""").params(code, member, source).update();
			}
		}
	}

	/** An area's parent is an area, and the tree stays a tree: no area is its own ancestor. */
	private void checkParent(Fields fields, String code, boolean area, String parent) {
		Scope parentScope = scopes.findById(parent).orElseThrow();
		if (area && !parentScope.kind().isArea()) {
			fields.reject("parentCode", "admin.error.parentNotArea", parent);
			return;
		}
		Set<String> seen = new HashSet<>();
		for (Scope up = parentScope; up != null && seen.add(up.code()); up = up.parentCode() == null ? null
				: scopes.findById(up.parentCode()).orElse(null)) {
			if (up.code().equals(code)) {
				fields.reject("parentCode", "admin.error.parentCycle", parent);
				return;
			}
		}
	}

	private List<String> checkedMembers(Fields fields, String code, List<String> typed) {
		List<String> members = new ArrayList<>();
		for (String member : typed) {
			String trimmed = member == null ? "" : member.trim();
			if (trimmed.isEmpty() || members.contains(trimmed)) {
				continue;
			}
			if (trimmed.equals(code)) {
				fields.reject("members", "admin.error.memberSelf");
			}
			else if (!scopes.existsById(trimmed)) {
				fields.reject("members", "admin.error.unknownScope", trimmed);
			}
			else if (contains(trimmed, code)) {
				fields.reject("members", "admin.error.memberCycle", trimmed);
			}
			members.add(trimmed);
		}
		return members;
	}

	private String existingScope(Fields fields, String field, String value, boolean required) {
		String code = fields.text(field, value, required, 40);
		if (code != null && !scopes.existsById(code)) {
			fields.reject(field, "admin.error.unknownScope", code);
			return null;
		}
		return code;
	}

	/** Whether {@code group} already contains {@code code}, directly or through its member groups. */
	private boolean contains(String group, String code) {
		return jdbc.sql("""
				with recursive below(code) as (
				    select member_code from plans.scope_member where group_code = ?
				  union
				    select m.member_code from plans.scope_member m join below b on m.group_code = b.code
				)
				select exists (select 1 from below where code = ?)
				""").params(group, code).query(Boolean.class).single();
	}

	private List<String> members(String group) {
		return jdbc.sql("select member_code from plans.scope_member where group_code = ? order by member_code")
			.param(group)
			.query(String.class)
			.list();
	}

	private void publish(String actor, String subject, String action, String before, String after, String reason) {
		events.publishEvent(new ReferenceDataChanged(actor, Instant.now(), subject, action, before, after,
				reason == null || reason.isBlank() ? null : reason.trim()));
		events.publishEvent(new DataChanged("plans"));
	}

}
