package org.culturetargets.portal.plans;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The departments the seed documents name, beside the areas, each citing the document that names it. */
@PortalTest
class DepartmentsTest {

	@Autowired
	Departments departments;

	@Test
	void onlyTheBodiesTheDocumentsNameEachWithItsSource() {
		assertThat(departments.departments()).extracting(DepartmentView::nameZh)
			.containsExactly("杭州市文化创意产业指导委员会", "杭州市文化体制改革领导小组", "杭州市文化创意产业协会", "杭州市文化创意人才协会",
					"杭州文创研究中心");
		assertThat(departments.departments()).allSatisfy(d -> {
			assertThat(d.source()).startsWith("seed ");
			assertThat(d.scopeCode()).isEqualTo("330100");
		});
	}

	@Test
	void oneIsReadByItsCodeInEitherLanguage() {
		DepartmentView committee = departments.department("hz-cci-steering-committee").orElseThrow();
		assertThat(committee.kind()).isEqualTo(DepartmentKind.COORDINATING_BODY);
		assertThat(committee.name(Locale.ENGLISH)).isEqualTo("Hangzhou Municipal Steering Committee for Cultural and Creative Industries");
		assertThat(committee.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("杭州市文化创意产业指导委员会");
		assertThat(departments.department("no-such-body")).isEmpty();
	}

}
