package org.culturetargets.portal.evaluation.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.culturetargets.portal.evaluation.Scorecard;
import org.culturetargets.portal.evaluation.ScorecardLine;
import org.culturetargets.portal.evaluation.Scorecards;
import org.culturetargets.portal.evaluation.TargetEvaluation;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.ApiController;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/plans")
class ScorecardApiController {

	private final Scorecards scorecards;

	ScorecardApiController(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@GetMapping("/{plan}/scorecard")
	@Operation(summary = "A plan's targets for a scope (default: the plan's home area), evaluated as of a period "
			+ "(default: the latest period with data)")
	ScorecardResponse scorecard(@PathVariable String plan, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Period asOf) {
		Scorecard scorecard = scorecards.scorecard(plan, scope, asOf)
			.orElseThrow(() -> scope == null ? new NotFoundException("plan", plan)
					: new NotFoundException("planOrScope", plan, scope));
		return new ScorecardResponse(scorecard.plan().code(), scorecard.scope().code(), scorecard.asOf().toString(),
				scorecard.lines().stream().map(ScorecardEntry::of).toList());
	}

	record ScorecardResponse(String plan, String scope, String asOf, List<ScorecardEntry> targets) {
	}

	record ScorecardEntry(String indicator, String scope, String kind, BigDecimal baseline, int baselineYear,
			BigDecimal target, int targetYear, String comparator, BigDecimal actual, String actualPeriod,
			boolean provisional, boolean estimated, BigDecimal expected, BigDecimal timeFraction,
			BigDecimal progressRatio, BigDecimal completionRate, String status, boolean regression,
			boolean awaitingFinal, boolean synthetic, String wording, String source) {

		static ScorecardEntry of(ScorecardLine line) {
			TargetView t = line.target();
			TargetEvaluation e = line.evaluation();
			return new ScorecardEntry(t.indicatorCode(), t.scopeCode(), t.kind().name(), t.baselineValue(),
					t.baselineYear(), t.targetValue(), t.targetYear(),
					t.comparator() == null ? null : t.comparator().symbol(), e.actual(),
					e.actualPeriod() == null ? null : e.actualPeriod().toString(), e.provisional(), e.estimated(),
					e.expected(), e.timeFraction(), e.progressRatio(), e.completionRate(), e.status().name(),
					e.regression(), e.awaitingFinal(), line.actualSynthetic(), t.wording(), t.source());
		}

	}

}
