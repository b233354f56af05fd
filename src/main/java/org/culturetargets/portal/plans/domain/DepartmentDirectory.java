package org.culturetargets.portal.plans.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.culturetargets.portal.plans.DepartmentKind;
import org.culturetargets.portal.plans.DepartmentView;
import org.culturetargets.portal.plans.Departments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A handful of rows, read as they are asked for. */
@Service
@Transactional(readOnly = true)
class DepartmentDirectory implements Departments {

	private static final String SELECT = """
			select code, kind, scope_code, name_zh, name_en, sort_order, source from plans.department
			""";

	private final JdbcClient jdbc;

	DepartmentDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DepartmentView> departments() {
		return jdbc.sql(SELECT + " order by sort_order, code").query(this::view).list();
	}

	@Override
	public Optional<DepartmentView> department(String code) {
		return jdbc.sql(SELECT + " where code = ?").param(code).query(this::view).optional();
	}

	private DepartmentView view(ResultSet rs, int row) throws SQLException {
		return new DepartmentView(rs.getString("code"), DepartmentKind.valueOf(rs.getString("kind")),
				rs.getString("scope_code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getInt("sort_order"),
				rs.getString("source"));
	}

}
