package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The validation rules' settings, {@code reporting.validation_rule}. */
@Repository
class RuleRepository {

	private static final String SELECT = """
			select code, kind, threshold, min_count, enabled, sort_order, version from reporting.validation_rule
			""";

	private final JdbcClient jdbc;

	RuleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RuleSetting> all() {
		return jdbc.sql(SELECT + " order by sort_order, code").query(this::setting).list();
	}

	Optional<RuleSetting> find(String code) {
		return jdbc.sql(SELECT + " where code = ?").param(code).query(this::setting).optional();
	}

	/** Changes the rule if it is still at {@code version}; false when someone changed it meanwhile. */
	boolean update(String code, int version, BigDecimal threshold, Integer minCount, boolean enabled) {
		return jdbc.sql("""
				update reporting.validation_rule set threshold = ?, min_count = ?, enabled = ?, version = version + 1
				 where code = ? and version = ?""")
			.params(threshold, minCount, enabled, code, version)
			.update() == 1;
	}

	private RuleSetting setting(ResultSet rs, int row) throws SQLException {
		int minCount = rs.getInt("min_count");
		Integer min = rs.wasNull() ? null : minCount;
		return new RuleSetting(rs.getString("code"), RuleKind.valueOf(rs.getString("kind")), rs.getBigDecimal("threshold"),
				min, rs.getBoolean("enabled"), rs.getInt("sort_order"), rs.getInt("version"));
	}

}
