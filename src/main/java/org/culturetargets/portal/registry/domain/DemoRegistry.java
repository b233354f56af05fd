package org.culturetargets.portal.registry.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.registry.ParkLevel;
import org.culturetargets.portal.registry.ParkType;
import org.culturetargets.portal.registry.ProjectCategory;
import org.culturetargets.portal.registry.ProjectStatus;
import org.culturetargets.portal.shared.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The synthetic demo registry of demo mode: parks, about 1,500 above-size enterprises with quarterly figures from
 * 2021 to the last ended quarter, and projects — deterministic (a fixed seed), shaped like the published picture
 * (余杭 holds about 60 % of above-size revenue; the digital share rises from about 60 % towards 75 %), and marked
 * {@code synthetic} row by row. Outside demo mode every synthetic row is removed, so production never counts one.
 * Nothing here writes indicator values: published figures are stored, these only feed derived ones.
 */
@Component
@Order(10)
class DemoRegistry implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

	static final String DEMO_SUFFIX = "（演示）";

	private static final int FIRST_YEAR = 2021;

	/** District, its share of above-size revenue, its number of above-size enterprises, its belt (if any). */
	private record District(String code, String name, double revenueShare, int enterprises, String belt) {
	}

	private static final List<District> DISTRICTS = List.of(
			new District("330110", "余杭", 0.60, 300, "belt-canal"),
			new District("330108", "滨江", 0.10, 200, "belt-zhijiang"),
			new District("330106", "西湖", 0.09, 180, "belt-zhijiang"),
			new District("330102", "上城", 0.05, 130, "belt-zhijiang"),
			new District("330105", "拱墅", 0.04, 130, "belt-canal"),
			new District("330109", "萧山", 0.04, 150, "belt-zhijiang"),
			new District("330113", "临平", 0.02, 80, "belt-canal"),
			new District("330114", "钱塘", 0.02, 70, "belt-zhijiang"),
			new District("330111", "富阳", 0.015, 70, "belt-zhijiang"),
			new District("330112", "临安", 0.01, 60, null),
			new District("330122", "桐庐", 0.006, 50, null),
			new District("330182", "建德", 0.005, 45, null),
			new District("330127", "淳安", 0.004, 35, null));

	/** City above-size revenue in the first year, 万元 (the plan's 2020 figure, 8001亿, grown about 9 %). */
	private static final double CITY_REVENUE_FIRST_YEAR = 8_700_0000.0;

	private static final double DIGITAL_SHARE_FIRST_YEAR = 0.60;

	private static final double DIGITAL_GROWTH = 1.13;

	private static final double OTHER_GROWTH = 0.97;

	private static final double[] YEAR_TO_DATE = { 0.22, 0.47, 0.73, 1.0 };

	private static final String[] DIGITAL_CLASSES = { "0142", "0215", "0241", "0242", "0243", "0244", "0245", "0311",
			"0450", "0730", "0953" };

	private static final String[] OTHER_CLASSES = { "0110", "0211", "0221", "0231", "0261", "0312", "0322", "0323",
			"0432", "0441", "0721", "0740", "0861", "0930" };

	private static final String[] WORDS = { "云", "星", "梦", "创", "智", "锦", "墨", "风", "青", "禾", "光", "乐", "象", "澜",
			"辰", "卓", "新", "华", "远", "溪", "湖", "山", "帆", "悦" };

	private static final String[] TRADES = { "文化传媒", "数字科技", "网络科技", "影视文化", "动漫", "游戏", "创意设计", "文化艺术", "出版",
			"演艺" };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final boolean demo;

	DemoRegistry(JdbcTemplate jdbc, TransactionTemplate transaction, @Value("${portal.demo:false}") boolean demo) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			if (!demo) {
				removeSyntheticRows();
			}
			else if (!hasSyntheticRows()) {
				long started = System.nanoTime();
				// tens of thousands of single-row inserts: their sums are added up once, at the end
				jdbc.execute(FigureRollup.DEFER);
				Counts counts = generate(Period.lastEndedQuarter(LocalDate.now()));
				jdbc.execute(FigureRollup.REBUILD);
				log.info("DEMO MODE: generated the synthetic demo registry ({} parks, {} enterprises, {} quarterly figures,"
						+ " {} projects) in {} ms", counts.parks, counts.enterprises, counts.figures, counts.projects,
						(System.nanoTime() - started) / 1_000_000);
			}
		});
	}

	private boolean hasSyntheticRows() {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from registry.enterprise where synthetic) or exists (select 1 from registry.park where synthetic)",
				Boolean.class));
	}

	private void removeSyntheticRows() {
		int removed = jdbc.update("delete from registry.enterprise where synthetic")
				+ jdbc.update("delete from registry.project where synthetic")
				+ jdbc.update("delete from registry.park where synthetic");
		if (removed > 0) {
			log.warn("Demo mode is off: removed {} synthetic registry rows", removed);
		}
	}

	private record Counts(int parks, int enterprises, int figures, int projects) {
	}

	Counts generate(Period until) {
		Random random = new Random(20260101L);
		Map<String, List<Long>> parksByDistrict = generateParks(random);
		int[] enterprisesAndFigures = generateEnterprises(random, parksByDistrict, until);
		int projects = generateProjects(random, until);
		return new Counts(parksByDistrict.values().stream().mapToInt(List::size).sum(), enterprisesAndFigures[0],
				enterprisesAndFigures[1], projects);
	}

	/**
	 * National parks: 18 by 2020 and one or two more a year (seed 001 counts 18 national and 67 provincial and
	 * municipal parks in 2020, 108 parks and platforms in all); key platforms of the belts grow from about 60.
	 */
	private Map<String, List<Long>> generateParks(Random random) {
		Map<String, List<Long>> parks = new LinkedHashMap<>();
		List<Object[]> rows = new ArrayList<>();
		addParks(rows, random, ParkLevel.NATIONAL, ParkType.PARK, 18, 2006, 2020, "国家级文化产业示范园");
		addParks(rows, random, ParkLevel.NATIONAL, ParkType.BASE, 6, 2021, 2025, "国家文化产业基地");
		addParks(rows, random, ParkLevel.PROVINCIAL, ParkType.PARK, 35, 2010, 2020, "文化产业园");
		addParks(rows, random, ParkLevel.MUNICIPAL, ParkType.BLOCK, 32, 2012, 2020, "文创街区");
		addParks(rows, random, ParkLevel.PROVINCIAL, ParkType.PARK, 8, 2021, 2025, "数字文化产业园");
		addParks(rows, random, ParkLevel.MUNICIPAL, ParkType.BLOCK, 8, 2021, 2025, "文化街区");
		addParks(rows, random, ParkLevel.MUNICIPAL, ParkType.HEADQUARTERS, 23, 2014, 2020, "文化企业总部");
		addParks(rows, random, ParkLevel.MUNICIPAL, ParkType.HEADQUARTERS, 6, 2021, 2025, "数字文化总部");
		addParks(rows, random, ParkLevel.NATIONAL, ParkType.EXPORT_BASE, 1, 2018, 2018, "文化出口基地");
		addParks(rows, random, null, ParkType.PLATFORM, 12, 2021, 2025, "重点文化平台");
		for (Object[] row : rows) {
			Long id = jdbc.queryForObject("""
					insert into registry.park (name_zh, area_code, level, type, key_platform, recognised_year, source, synthetic)
					values (?, ?, ?, ?, ?, ?, '合成演示数据 synthetic demo data', true) returning id
					""", Long.class, row);
			String area = (String) row[1];
			parks.computeIfAbsent(area, a -> new ArrayList<>()).add(id);
			District district = DISTRICTS.stream().filter(d -> d.code.equals(area)).findFirst().orElseThrow();
			if (district.belt != null && (Boolean) row[4]) {
				jdbc.update("insert into registry.park_group (park_id, group_code) values (?, ?)", id, district.belt);
			}
		}
		return parks;
	}

	private void addParks(List<Object[]> rows, Random random, ParkLevel level, ParkType type, int count, int fromYear,
			int toYear, String kind) {
		for (int i = 0; i < count; i++) {
			District district = pickByEnterprises(random);
			String name = district.name + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)] + kind
					+ (rows.size() + 1) + DEMO_SUFFIX;
			int year = fromYear + random.nextInt(toYear - fromYear + 1);
			// most parks of the belt districts are the belts' key platforms
			boolean key = district.belt != null && random.nextDouble() < 0.85;
			rows.add(new Object[] { name, district.code, level == null ? null : level.name(), type.name(), key, year });
		}
	}

	/** The demo project's name says its category, in the plan's words. */
	private static String projectKind(ProjectCategory category) {
		return switch (category) {
			case EXPORT -> "文化出口项目";
			case KEY -> "文化产业重点项目";
			case DEMONSTRATION -> "数字文化示范项目";
		};
	}

	private static District pickByEnterprises(Random random) {
		int total = DISTRICTS.stream().mapToInt(District::enterprises).sum();
		int pick = random.nextInt(total);
		for (District d : DISTRICTS) {
			pick -= d.enterprises;
			if (pick < 0) {
				return d;
			}
		}
		return DISTRICTS.get(0);
	}

	/** Returns the number of enterprises and of quarterly figures written. */
	private int[] generateEnterprises(Random random, Map<String, List<Long>> parksByDistrict, Period until) {
		Set<String> codes = new HashSet<>();
		List<Object[]> figures = new ArrayList<>();
		int enterprises = 0;
		for (District district : DISTRICTS) {
			List<Double> weights = new ArrayList<>();
			List<Boolean> digital = new ArrayList<>();
			for (int i = 0; i < district.enterprises; i++) {
				weights.add(Math.exp(random.nextGaussian() * 1.3));
				digital.add(random.nextDouble() < 0.45);
			}
			double digitalWeight = sum(weights, digital, true);
			double otherWeight = sum(weights, digital, false);
			double districtRevenue = CITY_REVENUE_FIRST_YEAR * district.revenueShare;
			// a few small enterprises below the size threshold, so that the above-size filter means something
			int belowSize = Math.max(2, district.enterprises / 8);
			for (int i = 0; i < district.enterprises + belowSize; i++) {
				boolean aboveSize = i < district.enterprises;
				boolean isDigital = aboveSize ? digital.get(i) : random.nextBoolean();
				double firstYearRevenue = aboveSize
						? districtRevenue * weights.get(i) * (isDigital ? DIGITAL_SHARE_FIRST_YEAR / digitalWeight
								: (1 - DIGITAL_SHARE_FIRST_YEAR) / otherWeight)
						: 500 + random.nextInt(1500);
				// most enterprises are in the registry from 2021; about 15 % join later, one year at a time
				int entryYear = random.nextDouble() < 0.85 ? FIRST_YEAR : FIRST_YEAR + 1 + random.nextInt(5);
				String creditCode = creditCode(random, district.code, codes);
				String industryClass = isDigital ? DIGITAL_CLASSES[random.nextInt(DIGITAL_CLASSES.length)]
						: OTHER_CLASSES[random.nextInt(OTHER_CLASSES.length)];
				List<Long> parks = parksByDistrict.getOrDefault(district.code, List.of());
				Long park = !parks.isEmpty() && random.nextDouble() < 0.6 ? parks.get(random.nextInt(parks.size())) : null;
				boolean listed = aboveSize && random.nextDouble() < (firstYearRevenue > 200_000 ? 0.5 : 0.02);
				boolean leading = aboveSize && random.nextDouble() < (firstYearRevenue > 150_000 ? 0.4 : 0.01);
				Long id = jdbc.queryForObject("""
						insert into registry.enterprise (credit_code, name, area_code, park_id, industry_class, above_size,
						    listed, stock_code, leading_enterprise, headquarters, export_key, synthetic, updated_by)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 'demo')
						returning id
						""", Long.class, creditCode, name(random, district, industryClass), district.code, park,
						industryClass, aboveSize, listed, listed ? "DEMO" + (600000 + enterprises) : null, leading,
						random.nextDouble() < 0.03, aboveSize && random.nextDouble() < 0.02);
				enterprises++;
				// about one person per 400 万元 of revenue: some 22 万 employees in all, as the plan's 21 万 of 2020 grown
				int employees = (int) Math.max(5, Math.round(firstYearRevenue / 400 * (0.6 + random.nextDouble() * 0.8)));
				for (int year = entryYear; year <= until.year(); year++) {
					double growth = Math.pow(isDigital ? DIGITAL_GROWTH : OTHER_GROWTH, year - FIRST_YEAR)
							* (0.95 + random.nextDouble() * 0.1);
					double annual = firstYearRevenue * growth;
					int yearEmployees = (int) Math.round(employees * Math.pow(1.02, year - FIRST_YEAR));
					for (int quarter = 1; quarter <= 4; quarter++) {
						if (Period.ofQuarter(year, quarter).compareTo(until) > 0) {
							break;
						}
						double ytd = annual * YEAR_TO_DATE[quarter - 1] * (quarter == 4 ? 1 : 0.97 + random.nextDouble() * 0.06);
						figures.add(new Object[] { id, year + "Q" + quarter,
								BigDecimal.valueOf(ytd).setScale(2, RoundingMode.HALF_UP), yearEmployees });
					}
				}
			}
		}
		jdbc.batchUpdate("insert into registry.enterprise_figure (enterprise_id, period, revenue, employees) values (?, ?, ?, ?)",
				figures);
		return new int[] { enterprises, figures.size() };
	}

	private static double sum(List<Double> weights, List<Boolean> digital, boolean which) {
		double sum = 0;
		for (int i = 0; i < weights.size(); i++) {
			if (digital.get(i) == which) {
				sum += weights.get(i);
			}
		}
		return sum;
	}

	private static String name(Random random, District district, String industryClass) {
		return "杭州" + district.name + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)]
				+ TRADES[Math.floorMod(industryClass.hashCode() + random.nextInt(3), TRADES.length)] + "有限公司" + DEMO_SUFFIX;
	}

	/** A valid code registered in the district: "91" (company), the area, a GB 11714 organisation code, the check. */
	private static String creditCode(Random random, String area, Set<String> taken) {
		while (true) {
			StringBuilder organisation = new StringBuilder();
			int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				int digit = random.nextInt(10);
				organisation.append(digit);
				sum += digit * weights[i];
			}
			int check = 11 - sum % 11;
			organisation.append(check == 10 ? "X" : check == 11 ? "0" : Integer.toString(check));
			String first17 = "91" + area + organisation;
			String code = first17 + CreditCode.checkCharacter(first17);
			if (taken.add(code)) {
				return code;
			}
		}
	}

	/** Key projects (about 90 % started on time), export and demonstration projects, from 2021. */
	private int generateProjects(Random random, Period until) {
		LocalDate lastDay = until.endDate();
		int count = 0;
		ProjectCategory[] categories = { ProjectCategory.KEY, ProjectCategory.KEY, ProjectCategory.KEY,
				ProjectCategory.KEY, ProjectCategory.KEY, ProjectCategory.KEY, ProjectCategory.KEY, ProjectCategory.EXPORT,
				ProjectCategory.DEMONSTRATION };
		for (int i = 0; i < 390; i++) {
			District district = pickByEnterprises(random);
			ProjectCategory category = categories[random.nextInt(categories.length)];
			LocalDate plannedStart = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(6 * 365));
			LocalDate startedOn = null;
			LocalDate completedOn = null;
			if (!plannedStart.isAfter(lastDay) && random.nextDouble() < 0.93) {
				LocalDate start = plannedStart.plusDays(random.nextDouble() < 0.9 ? random.nextInt(30) : 60 + random.nextInt(200));
				startedOn = start.isAfter(lastDay) ? null : start;
			}
			if (startedOn != null && random.nextDouble() < 0.6) {
				LocalDate done = startedOn.plusDays(360 + random.nextInt(540));
				completedOn = done.isAfter(lastDay) ? null : done;
			}
			ProjectStatus status = completedOn != null ? ProjectStatus.COMPLETED
					: startedOn != null ? ProjectStatus.STARTED : ProjectStatus.PLANNED;
			long planned = 5_000 + random.nextInt(300_000);
			long done = completedOn != null ? planned : startedOn != null ? planned * random.nextInt(90) / 100 : 0;
			Long id = jdbc.queryForObject("""
					insert into registry.project (name, area_code, category, planned_investment, completed_investment,
					    status, planned_start, started_on, completed_on, synthetic, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, 'demo') returning id
					""", Long.class, district.name + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)]
					+ projectKind(category) + (i + 1) + DEMO_SUFFIX, district.code, category.name(), planned, done,
					status.name(), plannedStart, startedOn, completedOn);
			if (district.belt != null) {
				jdbc.update("insert into registry.project_group (project_id, group_code) values (?, ?)", id, district.belt);
			}
			count++;
		}
		return count;
	}

}
