package org.culturetargets.portal.figures.domain;

import java.util.List;

import org.culturetargets.portal.figures.FigureEntries;
import org.culturetargets.portal.figures.FigureEntry;
import org.culturetargets.portal.figures.ValueStatus;
import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.Period;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(propagation = Propagation.MANDATORY)
class FigureEntryService implements FigureEntries {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ApplicationEventPublisher events;

	FigureEntryService(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
	}

	/** One batch of statements, however many entries (demo mode records two years of reports at once). */
	@Override
	public void record(List<FigureEntry> entries) {
		batch.batchUpdate("""
				insert into figures.indicator_value
				    (indicator_code, scope_code, period, value, status, note, source, recorded_by, recorded_at,
				     citation_zh, citation_en, demo)
				values (?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?)
				on conflict (indicator_code, scope_code, period, status) do update
				   set value = excluded.value, note = excluded.note, source = excluded.source,
				       recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
				       citation_zh = excluded.citation_zh, citation_en = excluded.citation_en, demo = excluded.demo
				""", entries.stream()
			.map(e -> new Object[] { e.indicatorCode(), e.scopeCode(), e.period().toString(), e.value(),
					e.status().name(), e.note(), e.source(), e.recordedBy(), e.citationZh(), e.citationEn(),
					e.demo() })
			.toList());
		events.publishEvent(new DataChanged("figures"));
	}

	@Override
	public int withdraw(String scopeCode, Period period, ValueStatus status, String sourcePrefix) {
		events.publishEvent(new DataChanged("figures"));
		return jdbc.sql("""
				delete from figures.indicator_value
				 where scope_code = ? and period = ? and status = ? and starts_with(source, ?)
				""")
			.params(scopeCode, period.toString(), status.name(), sourcePrefix)
			.update();
	}

}
