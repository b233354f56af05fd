package org.culturetargets.portal.registry.domain;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside demo mode there is no synthetic registry row, and a start removes any that is left over. */
@SpringBootTest(properties = { "portal.demo=false", "portal.admin-password=correct horse battery staple" })
@AutoConfigureMockMvc
@Import(TestDatabase.class)
@ActiveProfiles("test")
class DemoRegistryProductionTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoRegistry demoRegistry;

	@Autowired
	Figures figures;

	@Test
	void noSyntheticRowIsCountedAndLeftOversAreRemovedAtStart() {
		assertThat(jdbc.sql("select count(*) from registry.enterprise where synthetic").query(Long.class).single()).isZero();
		assertThat(figures.series("above_size_revenue", "330100")).noneMatch(FigureView::synthetic);
		jdbc.sql("""
				insert into registry.park (name_zh, area_code, type, source, synthetic)
				values ('遗留的演示园区', '330106', 'PARK', 'demo', true)
				""").update();
		demoRegistry.run(new DefaultApplicationArguments());
		assertThat(jdbc.sql("select count(*) from registry.park where synthetic").query(Long.class).single()).isZero();
		// the plan's own key platforms are real, not demo data: they stay
		assertThat(jdbc.sql("select count(*) from registry.park where key_platform").query(Long.class).single())
			.isGreaterThan(100);
	}

}
