package org.culturetargets.portal.registry.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.culturetargets.portal.registry.InvalidEntry;
import org.culturetargets.portal.registry.InvalidEntry.Problem;
import org.culturetargets.portal.registry.Maintainers;
import org.culturetargets.portal.registry.ParkCmd;
import org.culturetargets.portal.registry.ParkRules;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.PortalTime;

import org.springframework.stereotype.Component;

/** Parks and platforms created and changed: by administrators only. */
@Component
class ParkWrites {

	private static final String TABLE = "registry.park";

	private static final String INSERT = """
			insert into registry.park (name_zh, name_en, area_code, level, type, key_platform, recognised_year, source,
			    updated_by)
			values (:name, :nameEn, :area, :level, :type, :key, :year, :source, :user)
			returning id
			""";

	private static final String UPDATE = """
			update registry.park
			   set name_zh = :name, name_en = :nameEn, area_code = :area, level = :level, type = :type,
			       key_platform = :key, recognised_year = :year, source = :source, updated_by = :user,
			       updated_at = now(), version = version + 1
			 where id = :id and version = :version
			""";

	private static final String STATE = """
			select name_zh, name_en, area_code as area, level, type, key_platform, recognised_year, source,
			       array_to_string(array(select group_code from registry.park_group where park_id = p.id order by 1), ',') as groups
			  from registry.park p where id = ?
			""";

	private final RegistryWrites writes;

	private final PortalTime time;

	ParkWrites(RegistryWrites writes, PortalTime time) {
		this.writes = writes;
		this.time = time;
	}

	long save(Long id, ParkCmd cmd) {
		PortalUser user = Maintainers.administrator();
		Map<String, Object> before = id == null ? null : state(id);
		RegistryWrites.Checked checked = check(id, cmd);
		InvalidEntry.refuseIfAny(checked.problems());
		long saved = writes.insertOrUpdate(TABLE, id, cmd.version(), INSERT, UPDATE, params(cmd, checked.area(), user));
		writes.replaceGroups("registry.park_group", "park_id", saved, checked.groups());
		writes.publish(user, "park " + cmd.nameZh().strip(), id == null ? "created" : "updated", before, state(saved),
				cmd.reason());
		return saved;
	}

	/** Every problem {@link #save} would refuse the park for, saving nothing. */
	List<Problem> problems(Long id, ParkCmd cmd) {
		Maintainers.administrator();
		return check(id, cmd).problems();
	}

	/** The rules, then what only the registry knows: the name free, the district and groups known. */
	private RegistryWrites.Checked check(Long id, ParkCmd cmd) {
		List<Problem> problems = ParkRules.problems(cmd, time.today());
		RegistryWrites.requireVersion(id, cmd.version(), problems);
		String name = RegistryWrites.blankToNull(cmd.nameZh());
		if (name != null && writes.taken(TABLE, "name_zh", name, id)) {
			problems.add(Problem.of("nameZh", "registry.invalid.parkName.taken", name));
		}
		// the plan lists key platforms without a district
		String area = RegistryWrites.blankToNull(cmd.areaCode()) == null ? null
				: writes.district(cmd.areaCode(), problems);
		return new RegistryWrites.Checked(problems, area, writes.groups(cmd.groups(), problems));
	}

	private Map<String, Object> state(long id) {
		return writes.state("park", STATE, id);
	}

	private static Map<String, Object> params(ParkCmd cmd, String area, PortalUser user) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("name", cmd.nameZh().strip());
		params.put("nameEn", RegistryWrites.blankToNull(cmd.nameEn()));
		params.put("area", area);
		params.put("level", cmd.level() == null ? null : cmd.level().name());
		params.put("type", cmd.type().name());
		params.put("key", cmd.keyPlatform());
		params.put("year", cmd.recognisedYear());
		params.put("source", cmd.source().strip());
		params.put("user", user.getUsername());
		return params;
	}

}
