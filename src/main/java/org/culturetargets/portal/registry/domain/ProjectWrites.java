package org.culturetargets.portal.registry.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.culturetargets.portal.registry.InvalidEntry;
import org.culturetargets.portal.registry.InvalidEntry.Problem;
import org.culturetargets.portal.registry.Maintainers;
import org.culturetargets.portal.registry.ProjectCmd;
import org.culturetargets.portal.registry.ProjectRules;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.PortalTime;

import org.springframework.stereotype.Component;

/** Projects created and changed: by district staff in their own district, by administrators anywhere. */
@Component
class ProjectWrites {

	private static final String TABLE = "registry.project";

	private static final String INSERT = """
			insert into registry.project (name, area_code, category, planned_investment, completed_investment, status,
			    planned_start, started_on, completed_on, updated_by)
			values (:name, :area, :category, :planned, :completed, :status, :plannedStart, :startedOn, :completedOn, :user)
			returning id
			""";

	private static final String UPDATE = """
			update registry.project
			   set name = :name, area_code = :area, category = :category, planned_investment = :planned,
			       completed_investment = :completed, status = :status, planned_start = :plannedStart,
			       started_on = :startedOn, completed_on = :completedOn, updated_by = :user, updated_at = now(),
			       version = version + 1
			 where id = :id and version = :version
			""";

	private static final String STATE = """
			select name, area_code as area, category, planned_investment, completed_investment, status, planned_start,
			       started_on, completed_on,
			       array_to_string(array(select group_code from registry.project_group where project_id = p.id order by 1), ',') as groups
			  from registry.project p where id = ?
			""";

	private final RegistryWrites writes;

	private final PortalTime time;

	ProjectWrites(RegistryWrites writes, PortalTime time) {
		this.writes = writes;
		this.time = time;
	}

	long save(Long id, ProjectCmd cmd) {
		PortalUser user = Maintainers.maintainer();
		Map<String, Object> before = id == null ? null : state(id);
		if (before != null) {
			Maintainers.maintainerOf((String) before.get("area"));
		}
		RegistryWrites.Checked checked = check(id, cmd);
		InvalidEntry.refuseIfAny(checked.problems());
		Maintainers.maintainerOf(checked.area());
		long saved = writes.insertOrUpdate(TABLE, id, cmd.version(), INSERT, UPDATE, params(cmd, checked.area(), user));
		writes.replaceGroups("registry.project_group", "project_id", saved, checked.groups());
		writes.publish(user, "project " + cmd.name().strip(), id == null ? "created" : "updated", before,
				state(saved), cmd.reason());
		return saved;
	}

	/** Every problem {@link #save} would refuse the project for, saving nothing. */
	List<Problem> problems(Long id, ProjectCmd cmd) {
		Maintainers.maintainer();
		return check(id, cmd).problems();
	}

	private RegistryWrites.Checked check(Long id, ProjectCmd cmd) {
		List<Problem> problems = ProjectRules.problems(cmd, time.today());
		RegistryWrites.requireVersion(id, cmd.version(), problems);
		String area = writes.district(cmd.areaCode(), problems);
		List<String> groups = writes.groups(cmd.groups(), problems);
		if (area != null && cmd.name() != null && nameTaken(id, area, cmd.name().strip())) {
			problems.add(Problem.of("name", "registry.invalid.projectName.taken", cmd.name().strip()));
		}
		return new RegistryWrites.Checked(problems, area, groups);
	}

	private boolean nameTaken(Long id, String area, String name) {
		return writes.jdbc()
			.sql("select count(*) from registry.project where area_code = ? and name = ? and id <> ?")
			.params(area, name, id == null ? -1L : id)
			.query(Long.class)
			.single() > 0;
	}

	private Map<String, Object> state(long id) {
		return writes.state("project", STATE, id);
	}

	private static Map<String, Object> params(ProjectCmd cmd, String area, PortalUser user) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("name", cmd.name().strip());
		params.put("area", area);
		params.put("category", cmd.category().name());
		params.put("planned", cmd.plannedInvestment());
		params.put("completed", cmd.completedInvestment());
		params.put("status", cmd.status().name());
		params.put("plannedStart", cmd.plannedStart());
		params.put("startedOn", cmd.startedOn());
		params.put("completedOn", cmd.completedOn());
		params.put("user", user.getUsername());
		return params;
	}

}
