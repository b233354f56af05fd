package org.culturetargets.portal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.culturetargets.portal.PortalApplication;
import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a person reads is in words (issue 13): every page of the portal, as every role, in Chinese and in English,
 * shows no enum name, raw JSON, {@code key=value} list, period code (2026Q3), {@code >=} or {@code <=}; a Chinese
 * page no English word, an English page no Chinese unit or label. Read from the page's visible text (no script or
 * style) and the texts a person reads in attributes (title, placeholder, alt).
 *
 * <p>
 * What may stay, kept small: file formats and the like that are written the same in both languages ({@link #SAME_IN_BOTH}),
 * the other language's name on the language switch, single letters as symbols, data written in one language whatever
 * the page's ({@link #data}: enterprise and park names, people's notes and reasons, account and file names, read from
 * the database itself), the reference data's codes on the administrators' pages, and what other changes of issue 13
 * rewrite (sources, the registries' derivations, the status explanation's CAGR, the demo marking). A page refused to a role is
 * walked too: it is an error page, and must read as well as any other.
 *
 * <p>
 * Its own context, so that no other test's data (hostile names, scripts) reads as the portal's own words.
 */
@PortalTest
@Import(PlainWordsTest.OwnData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainWordsTest {

	private static final String DISTRICT = "330102";

	private static final String STAFF = "district-" + DISTRICT;

	/** A city department's staff: their key task's page has the report form. */
	private static final String DEPARTMENT_STAFF = "department-hz-cci-association";

	private static final List<String> USERS = List.of("official", STAFF, DEPARTMENT_STAFF, "reviewer", "admin");

	/**
	 * Written the same in a Chinese and an English document: file formats, character sets, GB/T standards, GDP; and
	 * CAGR, which the status explanation that another change of issue 13 rewrites still uses; and what the plans
	 * themselves write in Latin letters in their Chinese text (文化IP, DIA中国设计智造大奖).
	 */
	private static final Set<String> SAME_IN_BOTH = Set.of("Excel", "CSV", "XLSX", "xlsx", "csv", "PDF", "API", "HTML",
			"JSON", "GB", "UTF-8", "GBK", "GB18030", "SHA-256", "GDP", "IP", "DIA");

	/**
	 * Written in their own language: the other language's name on the language switch, and the demo accounts'
	 * password, which one types as it is (the demo marking around it is being reworded by another change of issue 13).
	 */
	private static final Set<String> LANGUAGE_NAMES = Set.of("English", "中文", "demo");

	private static final Pattern JSON = Pattern.compile("\\{\\s*\"");

	/** A field and its value as code writes them (above_size=true); a formula's one-letter symbols (A=3,211) are words. */
	private static final Pattern KEY_VALUE = Pattern.compile("\\b[A-Za-z][A-Za-z0-9_]+=\\S");

	private static final Pattern PERIOD_CODE = Pattern.compile("\\b\\d{4}Q[1-4]\\b");

	private static final Pattern COMPARISON = Pattern.compile(">=|<=");

	private static final Pattern UPPER_TOKEN = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	/**
	 * A Latin word of two letters or more (a code such as above_size_revenue or HZ-14FYP counts as one); a single letter
	 * is a symbol (B for the baseline, z for a robust z-score), as in any Chinese statistical document.
	 */
	private static final Pattern LATIN_WORD = Pattern
		.compile("(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9_]*(?:[-'][A-Za-z0-9_]+)*(?![A-Za-z0-9_])");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern HAN = Pattern.compile("[\\p{IsHan}【】（）：，。、；]+");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingCalendar calendar;

	/** Nothing but a distinct context for this class. */
	static class OwnData {

	}

	private Set<String> enumNames;

	/**
	 * Data that is written in one language whatever the page's: the registry's enterprise, park and project names
	 * (also the one this test renames), the notes of published figures, the sources people gave their imported
	 * values (统计年鉴: a value cited by no words of the portal's) and the reasons people gave (as they wrote them),
	 * account names and the names of imported files.
	 */
	private List<String> data;

	/** Codes of the reference data: the identifiers administrators manage, shown on their pages only. */
	private Set<String> codes;

	@BeforeAll
	void somethingOfEveryKindToRead() throws Exception {
		enumNames = enumNames();
		// a committed import (its change log) and a registry change (its audit entry)
		String file = """
				indicator,area,period,value,status,note,source
				added_value,%1$s,2019,4.3,final,,统计年鉴
				added_value,%1$s,2025Q3,1.25,provisional,快报,
				""".formatted(DISTRICT);
		mvc.perform(multipart("/api/imports/{kind}", "values")
			.file(new MockMultipartFile("file", "values.csv", "text/csv", file.getBytes()))
			.param("dryRun", "false")
			.with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		long enterprise = latest("registry.enterprise where area_code = '" + DISTRICT + "'");
		String credit = jdbc.sql("select credit_code from registry.enterprise where id = ?").param(enterprise)
			.query(String.class).single();
		int version = jdbc.sql("select version from registry.enterprise where id = ?").param(enterprise)
			.query(Integer.class).single();
		long park = latest("registry.park where area_code = '" + DISTRICT + "'");
		String formerName = jdbc.sql("select name from registry.enterprise where id = ?").param(enterprise)
			.query(String.class).single();
		mvc.perform(put("/api/enterprises/{id}", enterprise).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"creditCode": "%s", "name": "拱墅区用语测试文化有限公司", "areaCode": "%s", "parkId": %d,
					 "industryClass": "0241", "aboveSize": true, "digital": null, "listed": false, "stockCode": null,
					 "leading": false, "headquarters": false, "exportKey": false, "version": %d, "reason": "核对名录"}
					""".formatted(credit, DISTRICT, park, version)))
			.andExpect(status().isOk());
		data = new ArrayList<>(jdbc.sql("""
				select name from registry.enterprise union select name_zh from registry.park
				union select name from registry.project union select note from figures.indicator_value
				union select source from figures.indicator_value where citation_zh is null
				union select reason from audit.change union select username from security.account
				union select file_name from imports.import""").query(String.class).list());
		data.add(formerName);
		data.removeIf(text -> text == null || text.isBlank());
		// the longest first, so that a name is not cut by a shorter one inside it
		data.sort(Comparator.comparing(String::length).reversed());
		codes = new HashSet<>(jdbc.sql("""
				select code from plans.plan union select code from plans.indicator union select code from plans.scope""")
			.query(String.class).list());
	}

	@Test
	void chinesePagesReadInChinese() throws Exception {
		walk(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void englishPagesReadInEnglish() throws Exception {
		walk(Locale.ENGLISH);
	}

	private void walk(Locale language) throws Exception {
		List<String> found = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String user : USERS) {
			MockHttpSession session = new MockHttpSession();
			session.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, language);
			for (String page : pages()) {
				MockHttpServletResponse response = mvc
					.perform(get(page).session(session).accept(MediaType.TEXT_HTML).with(httpBasic(user, "demo")))
					.andReturn()
					.getResponse();
				if (response.getStatus() / 100 == 3) {
					continue;
				}
				boolean administration = page.startsWith("/admin/") || page.startsWith("/imports");
				String text = text(response.getContentAsString());
				if (response.getStatus() >= 400) {
					// what the address asked for is echoed as it was typed ("no indicator no_such_indicator")
					text = text.replace(page.substring(page.lastIndexOf('/') + 1), " ");
				}
				for (String problem : problems(text, language, administration)) {
					// the same fault on a page is reported once, with the first role that saw it
					if (seen.add(page + problem)) {
						found.add("%s as %s (%d): %s".formatted(page, user, response.getStatus(), problem));
					}
				}
			}
		}
		assertThat(found).as("%d faults on %s pages", found.size(), language.getDisplayLanguage(Locale.ENGLISH))
			.isEmpty();
	}

	private String text(String html) {
		Document page = Jsoup.parse(html);
		page.select("script, style, template").remove();
		// a field's hint shows the code one types into it (2025Q3 in the registry's quarter field)
		page.select(".form-text").forEach(hint -> hint.text(PERIOD_CODE.matcher(hint.text()).replaceAll(" ")));
		StringBuilder text = new StringBuilder(page.title()).append('\n').append(page.body().text());
		for (Element element : page.select("[title], [placeholder], [alt]")) {
			Stream.of("title", "placeholder", "alt")
				.filter(element::hasAttr)
				.forEach(name -> text.append('\n').append(element.attr(name)));
		}
		return text.toString();
	}

	private Set<String> problems(String text, Locale language, boolean administration) {
		String read = EMAIL.matcher(text).replaceAll(" ");
		for (String written : data) {
			read = read.replace(written, " ");
		}
		for (String name : LANGUAGE_NAMES) {
			read = read.replace(name, " ");
		}
		Set<String> problems = new LinkedHashSet<>();
		matches(JSON, read, "raw JSON", problems);
		matches(KEY_VALUE, read, "key=value", problems);
		matches(PERIOD_CODE, read, "period code", problems);
		matches(COMPARISON, read, "comparison in code", problems);
		Matcher upper = UPPER_TOKEN.matcher(read);
		while (upper.find()) {
			if (enumNames.contains(upper.group()) && !SAME_IN_BOTH.contains(upper.group())) {
				problems.add("enum name " + upper.group() + around(read, upper));
			}
		}
		if (language.getLanguage().equals("zh")) {
			Matcher word = LATIN_WORD.matcher(read);
			while (word.find()) {
				if (word.group().length() > 1 && !SAME_IN_BOTH.contains(word.group())
						&& !(administration && codes.stream().anyMatch(code -> code.contains(word.group())))) {
					problems.add("English '" + word.group() + "'" + around(read, word));
				}
			}
		}
		else {
			Matcher han = HAN.matcher(read);
			while (han.find()) {
				problems.add("Chinese '" + han.group() + "'" + around(read, han));
			}
		}
		return problems;
	}

	private static void matches(Pattern pattern, String text, String what, Set<String> problems) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			problems.add(what + around(text, matcher));
		}
	}

	private static String around(String text, Matcher match) {
		return " in «" + text.substring(Math.max(0, match.start() - 25), Math.min(text.length(), match.end() + 25))
			.replace('\n', ' ') + "»";
	}

	/** Every constant of every enum of the portal: none of them is a word for a person. */
	private static Set<String> enumNames() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter((reader, factory) -> Enum.class.getName()
			.equals(reader.getClassMetadata().getSuperClassName()));
		Set<String> names = new HashSet<>();
		for (var candidate : scanner.findCandidateComponents(PortalApplication.class.getPackageName())) {
			for (Object constant : Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
				names.add(((Enum<?>) constant).name());
			}
		}
		assertThat(names).as("the portal's enum constants").contains("ON_TRACK", "FINAL", "DRAFT");
		return names;
	}

	/** Every page a person reads, with ids of rows that exist. */
	private List<String> pages() {
		long enterprise = latest("registry.enterprise where area_code = '" + DISTRICT + "'");
		long park = latest("registry.park where area_code = '" + DISTRICT + "'");
		long project = latest("registry.project where area_code = '" + DISTRICT + "'");
		long importId = latest("imports.import");
		long target = jdbc.sql("select max(id) from plans.target where plan_code = 'HZ-14FYP'").query(Long.class).single();
		String report = "/reports/" + DISTRICT + "/" + calendar.currentQuarter();
		String previous = "/reports/" + DISTRICT + "/" + calendar.currentQuarter().yearEarlier();
		List<String> pages = new ArrayList<>(List.of("/", "/?plan=HZ-14FYP&scope=330100", "/?plan=HZ-14FYP&scope=" + DISTRICT,
				"/areas", "/areas/330100", "/areas/" + DISTRICT, "/groups/cluster-baimahu-xianghu-digital-content",
				"/indicators", "/indicators/above_size_revenue", "/indicators/above_size_revenue?scope=330100",
				"/indicators/above_size_revenue?scope=" + DISTRICT, "/indicators/added_value?scope=330100",
				"/indicators/added_value?scope=" + DISTRICT, "/plans/HZ-14FYP/final-report",
				"/registry/enterprises?scope=" + DISTRICT, "/registry/parks", "/registry/projects",
				"/registry/drill?indicator=above_size_enterprises&scope=330100", "/registry/enterprises/" + enterprise,
				"/registry/parks/" + park, "/registry/projects/" + project, "/registry/enterprises/new",
				"/registry/enterprises/" + enterprise + "/edit", "/registry/enterprises/" + enterprise + "/figures",
				"/registry/parks/new", "/registry/parks/" + park + "/edit", "/registry/projects/new",
				"/registry/projects/" + project + "/edit", "/reports", report, previous, "/reports/review",
				"/reports/completeness", "/audit", "/imports", "/imports/" + importId, "/admin/areas", "/admin/groups",
				"/admin/areas/new", "/admin/groups/new", "/admin/areas/" + DISTRICT + "/edit",
				"/admin/groups/cluster-baimahu-xianghu-digital-content/edit", "/admin/indicators",
				"/admin/indicators/new", "/admin/indicators/added_value/edit", "/admin/plans", "/admin/plans/new",
				"/admin/plans/HZ-14FYP/edit", "/admin/plans/HZ-14FYP/targets", "/admin/plans/HZ-14FYP/targets/new",
				"/admin/targets/" + target + "/edit", "/admin/users", "/admin/users/new", "/admin/rules",
				"/admin/rules/own_history/edit", "/admin/users/" + STAFF + "/password", "/notifications",
				"/no-such-page", "/areas/999999", "/indicators/no_such_indicator", "/reports/" + DISTRICT + "/2026Q9",
				"/assessment/HZ-14FYP/2025", "/assessment/HZ-14FYP/2025/areas/" + DISTRICT,
				"/assessment/HZ-14FYP/2025/departments/hz-cci-steering-committee", "/assessment/HZ-ICCC-2025/2024",
				"/admin/assessment/HZ-14FYP/2025/rules", "/assessment/HZ-14FYP/2030"));
		jdbc.sql("select code from plans.plan order by code").query(String.class).list()
			.forEach(plan -> pages.add("/?plan=" + plan));
		long task = jdbc.sql("""
				select min(task_id) from tasks.task_unit where department_code = 'hz-cci-association'
				""").query(Long.class).single();
		pages.addAll(List.of("/tasks", "/tasks/plans/HZ-14FYP", "/tasks/scopes/" + DISTRICT,
				"/tasks/departments/hz-cci-association", "/tasks/" + task, "/admin/tasks/new",
				"/admin/tasks/" + task + "/assign", "/admin/tasks/" + task + "/close",
				"/admin/tasks/" + task + "/milestones", "/admin/tasks/" + task + "/links"));
		return pages;
	}

	private long latest(String tableAndCondition) {
		return jdbc.sql("select max(id) from " + tableAndCondition).query(Long.class).single();
	}

}
