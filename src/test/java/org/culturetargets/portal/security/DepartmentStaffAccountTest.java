package org.culturetargets.portal.security;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * City departments' staff (市直部门填报人员): an administrator creates such an account bound to one department of
 * the reference data; demo mode has one per department, flagged demo.
 */
@PortalTest
@RecordApplicationEvents
class DepartmentStaffAccountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void theFormOffersTheRoleAndTheDepartmentsInChinese() throws Exception {
		mvc.perform(get("/admin/users/new").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//select[@id='role']/option[@value='DEPARTMENT_STAFF']").string("市直部门填报人员"))
			.andExpect(xpath("//select[@id='departmentCode']/option[@value='hz-cci-association']")
				.string("杭州市文化创意产业协会"));
	}

	@Test
	void anAdministratorCreatesDepartmentStaffBoundToOneDepartment() throws Exception {
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "association-clerk").param("role", "DEPARTMENT_STAFF")
			.param("departmentCode", "hz-cci-association").param("password", "a long enough secret")
			.param("reason", "the association reports its tasks"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(jdbc.sql("select role || ' ' || department_code || ' ' || (area_code is null) from security.account where username = 'association-clerk'")
			.query(String.class).single()).isEqualTo("DEPARTMENT_STAFF hz-cci-association true");
		assertThat(events.stream(AccountChanged.class).filter(e -> e.subject().equals("account association-clerk")))
			.singleElement()
			.satisfies(e -> assertThat(e.newValue()).isEqualTo("role=DEPARTMENT_STAFF, department=hz-cci-association, enabled=true"));
		mvc.perform(get("/admin/users").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//tr[@data-username='association-clerk']/td[3]").string("杭州市文化创意产业协会"));
	}

	@Test
	void aMissingUnknownOrMisplacedDepartmentIsRefusedNamingItAndNothingIsSaved() throws Exception {
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "no-department").param("role", "DEPARTMENT_STAFF").param("password", "a long enough secret"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("市直部门填报人员必须绑定一个市直部门。")));
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "no-department").param("role", "DEPARTMENT_STAFF").param("departmentCode", "hz-nowhere")
			.param("password", "a long enough secret"))
			.andExpect(content().string(containsString("“hz-nowhere”不是已登记的市直部门代码。")));
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "no-department").param("role", "DISTRICT_STAFF").param("areaCode", "330106")
			.param("departmentCode", "hz-cci-association").param("password", "a long enough secret"))
			.andExpect(content().string(containsString("只有市直部门填报人员绑定部门")));
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "no-department").param("role", "DEPARTMENT_STAFF").param("areaCode", "330106")
			.param("departmentCode", "hz-cci-association").param("password", "a long enough secret"))
			.andExpect(content().string(containsString("只有区县填报人员绑定地区")));
		assertThat(jdbc.sql("select count(*) from security.account where username = 'no-department'").query(Long.class)
			.single()).isZero();
	}

	@Test
	void demoModeHasADemoAccountForEachDepartment() {
		assertThat(jdbc.sql("select count(*) from plans.department").query(Long.class).single()).isEqualTo(jdbc.sql("""
				select count(*) from security.account
				 where role = 'DEPARTMENT_STAFF' and demo and username = 'department-' || department_code
				""").query(Long.class).single());
	}

	@Test
	void departmentStaffSeeTheirDepartmentsTasksInTheMenuAndNoFigureEntry() throws Exception {
		mvc.perform(get("/tasks").with(httpBasic("department-hz-cci-association", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//a[@id='nav-department-tasks']/@href").string("/tasks/departments/hz-cci-association"))
			.andExpect(xpath("//a[@id='nav-report']").doesNotExist())
			.andExpect(content().string(not(containsString("admin-menu"))));
		mvc.perform(get("/reports").with(httpBasic("department-hz-cci-association", "demo")))
			.andExpect(redirectedUrl("/reports/completeness"));
		mvc.perform(get("/admin/users").with(httpBasic("department-hz-cci-association", "demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCompletenessBoardShowsDepartmentStaffWhatItShowsDistrictStaffWithoutTheDistrictsContacts() throws Exception {
		mvc.perform(get("/reports/completeness").with(httpBasic("reviewer", "demo")))
			.andExpect(content().string(containsString("district-330106@example.org")));
		for (String staff : new String[] { "district-330106", "department-hz-cci-association" }) {
			mvc.perform(get("/reports/completeness").with(httpBasic(staff, "demo")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("@example.org"))));
		}
	}

}
