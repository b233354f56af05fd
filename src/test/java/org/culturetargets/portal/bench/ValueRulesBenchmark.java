package org.culturetargets.portal.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.imports.domain.ImportService;
import org.culturetargets.portal.imports.domain.ImportView;
import org.culturetargets.portal.support.PortalTest;
import org.culturetargets.portal.support.SqlWrites;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.culturetargets.portal.bench.BenchEnterprises.log;
import static org.culturetargets.portal.bench.BenchEnterprises.seconds;

/**
 * What the report validation rules cost a values import's dry run (issue 14): the same file previewed with every
 * rule on and with every rule off, best of three each. The file: year-to-date flows of indicators of the
 * benchmark's own, for the thirteen districts over ten years of quarters. Not part of the suite: run it with
 * {@code bench/value-rules.sh} (see bench/README.md).
 */
@PortalTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ValueRulesBenchmark {

	private static final int ROWS = Integer.getInteger("bench.rows", 50_000);

	private static final List<String> DISTRICTS = List.of("330102", "330105", "330106", "330108", "330109", "330110",
			"330111", "330112", "330113", "330114", "330122", "330127", "330182");

	private static final int QUARTERS = 40;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void dryRunWithAndWithoutTheRules() throws Exception {
		int indicators = Math.max(1, ROWS / (DISTRICTS.size() * QUARTERS));
		Path file = Files.createTempFile("bench-values-", ".csv");
		Random random = new Random(7);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("indicator,area,period,value\n");
			for (int i = 0; i < indicators; i++) {
				String code = "bench_rule_" + i;
				jdbc.sql("""
						insert into plans.indicator (code, name_zh, name_en, unit, direction, nature, path, origin, display_scale)
						values (?, ?, ?, '亿元', 'HIGHER', 'FLOW', 'COMPOUND', 'REPORTED', 2) on conflict do nothing
						""").params(code, "基准指标" + i, "Bench indicator " + i).update();
				for (String district : DISTRICTS) {
					double annual = 50 + random.nextInt(500);
					for (int q = 0; q < QUARTERS; q++) {
						int quarter = q % 4 + 1;
						// a wild value now and then, so that the rules have something to say
						double wild = random.nextInt(200) == 0 ? 3 : 1;
						out.write("%s,%s,%dQ%d,%.2f\n".formatted(code, district, 2016 + q / 4, quarter,
								annual * Math.pow(1.05, q / 4) * quarter / 4 * wild));
					}
				}
			}
		}
		SqlWrites.done(context);
		int rows = indicators * DISTRICTS.size() * QUARTERS;
		log("values file: %,d rows (%d indicators × %d districts × %d quarters)", rows, indicators, DISTRICTS.size(),
				QUARTERS);
		preview(file, "warm-up");
		double on = Double.MAX_VALUE;
		double off = Double.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			jdbc.sql("update reporting.validation_rule set enabled = true").update();
			on = Math.min(on, preview(file, "rules on"));
			jdbc.sql("update reporting.validation_rule set enabled = false").update();
			off = Math.min(off, preview(file, "rules off"));
		}
		jdbc.sql("update reporting.validation_rule set enabled = true").update();
		log("dry run of %,d rows, best of 3: rules on %.2f s, rules off %.2f s: the rules add %.2f s (%.0f µs a row)",
				rows, on, off, on - off, (on - off) * 1e6 / rows);
		Files.deleteIfExists(file);
	}

	private double preview(Path file, String what) {
		long started = System.nanoTime();
		ImportView preview = imports.preview(ImportKind.VALUES, file, "bench-values.csv", "bench", rows -> {
		});
		double took = seconds(started);
		log("%s: %.2f s — rows %,d, problems %d, warnings %d", what, took, preview.rows(), preview.problems(),
				preview.warnings());
		imports.discard(preview.id());
		return took;
	}

}
