package org.culturetargets.portal.registry.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.registry.EnterpriseCmd;
import org.culturetargets.portal.registry.EnterpriseRules;
import org.culturetargets.portal.registry.InvalidEntry;
import org.culturetargets.portal.registry.InvalidEntry.Problem;
import org.culturetargets.portal.registry.Maintainers;
import org.culturetargets.portal.security.PortalUser;

import org.springframework.stereotype.Component;

/** Enterprises created and changed: by district staff in their own district, by administrators anywhere. */
@Component
class EnterpriseWrites {

	private static final String TABLE = "registry.enterprise";

	private static final String INSERT = """
			insert into registry.enterprise (credit_code, name, area_code, park_id, industry_class, above_size, digital,
			    listed, stock_code, leading_enterprise, headquarters, export_key, updated_by)
			values (:code, :name, :area, :park, :class, :aboveSize, :digital, :listed, :stock, :leading, :hq, :export, :user)
			returning id
			""";

	private static final String UPDATE = """
			update registry.enterprise
			   set credit_code = :code, name = :name, area_code = :area, park_id = :park, industry_class = :class,
			       above_size = :aboveSize, digital = :digital, listed = :listed, stock_code = :stock,
			       leading_enterprise = :leading, headquarters = :hq, export_key = :export, updated_by = :user,
			       updated_at = now(), version = version + 1
			 where id = :id and version = :version
			""";

	private static final String STATE = """
			select credit_code, name, area_code as area, park_id, industry_class, above_size, digital, listed, stock_code,
			       leading_enterprise, headquarters, export_key
			  from registry.enterprise where id = ?
			""";

	private final RegistryWrites writes;

	EnterpriseWrites(RegistryWrites writes) {
		this.writes = writes;
	}

	long save(Long id, EnterpriseCmd cmd) {
		PortalUser user = Maintainers.maintainer();
		Map<String, Object> before = id == null ? null : state(id);
		if (before != null) {
			Maintainers.maintainerOf((String) before.get("area"));
		}
		List<Problem> problems = EnterpriseRules.problems(cmd);
		RegistryWrites.requireVersion(id, cmd.version(), problems);
		String code = CreditCode.normalised(cmd.creditCode());
		String area = writes.district(cmd.areaCode(), problems);
		checkInRegistry(id, cmd, code, area, problems);
		InvalidEntry.refuseIfAny(problems);
		Maintainers.maintainerOf(area);
		long saved = writes.insertOrUpdate(TABLE, id, cmd.version(), INSERT, UPDATE, params(cmd, code, area, user));
		writes.publish(user, "enterprise " + code + " " + cmd.name().strip(), id == null ? "created" : "updated",
				before, state(saved), cmd.reason());
		return saved;
	}

	/** The row's columns as the audit log shows them; a 404 when there is none. */
	Map<String, Object> state(long id) {
		return writes.state("enterprise", STATE, id);
	}

	/** What only the registry knows: whether the code is taken, the class exists, the park exists and lies there. */
	private void checkInRegistry(Long id, EnterpriseCmd cmd, String code, String area, List<Problem> problems) {
		if (problems.stream().noneMatch(p -> p.field().equals("creditCode"))
				&& writes.taken(TABLE, "credit_code", code, id)) {
			problems.add(Problem.of("creditCode", "registry.invalid.creditCode.taken", code));
		}
		if (cmd.industryClass() == null || writes.jdbc()
			.sql("select count(*) from registry.industry_class where code = ?")
			.param(cmd.industryClass())
			.query(Long.class)
			.single() == 0) {
			problems.add(Problem.of("industryClass", "registry.invalid.industryClass",
					String.valueOf(cmd.industryClass())));
		}
		if (cmd.parkId() != null) {
			park(cmd.parkId(), area, problems);
		}
	}

	private void park(long parkId, String area, List<Problem> problems) {
		Optional<String> parkArea = writes.jdbc()
			.sql("select coalesce(area_code, '') from registry.park where id = ?")
			.param(parkId)
			.query(String.class)
			.optional();
		if (parkArea.isEmpty()) {
			problems.add(Problem.of("parkId", "registry.invalid.park", parkId));
		}
		else if (!parkArea.get().isEmpty() && area != null && !parkArea.get().equals(area)) {
			problems.add(Problem.of("parkId", "registry.invalid.parkArea", parkArea.get()));
		}
	}

	private static Map<String, Object> params(EnterpriseCmd cmd, String code, String area, PortalUser user) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("code", code);
		params.put("name", cmd.name().strip());
		params.put("area", area);
		params.put("park", cmd.parkId());
		params.put("class", cmd.industryClass());
		params.put("aboveSize", cmd.aboveSize());
		params.put("digital", cmd.digital());
		params.put("listed", cmd.listed());
		params.put("stock", RegistryWrites.blankToNull(cmd.stockCode()));
		params.put("leading", cmd.leading());
		params.put("hq", cmd.headquarters());
		params.put("export", cmd.exportKey());
		params.put("user", user.getUsername());
		return params;
	}

}
