package org.culturetargets.portal.imports;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Indicators, areas and plans of the reference-kind import tests' own, so that their imports touch no row that
 * the seeds or other tests rely on.
 */
final class ReferenceRows {

	private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 9_000));

	private ReferenceRows() {
	}

	static int serial() {
		return SERIAL.incrementAndGet() % 10_000;
	}

	/** A new reported indicator in the given unit; its code. */
	static String newIndicator(JdbcClient jdbc, String unit) {
		String code = "import_test_" + serial();
		jdbc.sql("""
				insert into plans.indicator (code, name_zh, name_en, unit, direction, nature, path, origin)
				values (?, ?, ?, ?, 'HIGHER', 'STOCK', 'LINEAR', 'REPORTED')
				""").params(code, "导入测试指标 " + code, "Import test indicator " + code, unit).update();
		return code;
	}

	/** A six-digit code that no seeded area or other test has (98 is no province's prefix). */
	static String newAreaCode() {
		return "98%04d".formatted(serial());
	}

}
