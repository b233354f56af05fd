package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.culturetargets.portal.evaluation.Scorecard;
import org.culturetargets.portal.evaluation.ScorecardLine;
import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.evaluation.TargetEvaluation;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.plans.TargetView;

/**
 * The final evaluation (终期评估) of a plan whose target year has passed: its scorecard as of the target year, each
 * target achieved, missed or awaiting its final figure, by how much, with the sources of the target and the value.
 */
public record FinalReport(Scorecard scorecard, List<Line> lines, LocalDate generatedOn) {

	/** What the final evaluation says of a target. */
	public enum Verdict {
		/** The target year's figure is in and satisfies the target. */
		ACHIEVED,
		/** The target year's figure is in and does not satisfy the target. */
		MISSED,
		/** The target year's figure is not in yet: the latest value's status stands. */
		AWAITING,
		/** A target due after the plan's own target year (a 2035 outlook): its current status stands. */
		LATER
	}

	static FinalReport of(Scorecard scorecard, LocalDate today) {
		int targetYear = scorecard.plan().periodEnd();
		return new FinalReport(scorecard, scorecard.lines().stream().map(line -> Line.of(line, targetYear)).toList(),
				today);
	}

	public long count(Verdict verdict) {
		return lines.stream().filter(line -> line.verdict() == verdict).count();
	}

	public List<Verdict> verdicts() {
		return List.of(Verdict.values());
	}

	/**
	 * @param difference A − T at the indicator's display scale (LEVEL targets with a value only)
	 * @param completion A ÷ T as the evaluation computes it (T ÷ A when lower is better)
	 * @param actualFigure the value of A's period, which says where A comes from; null without one
	 */
	public record Line(ScorecardLine line, Verdict verdict, BigDecimal difference, BigDecimal completion,
			FigureView actualFigure) {

		static Line of(ScorecardLine line, int planTargetYear) {
			TargetView t = line.target();
			TargetEvaluation e = line.evaluation();
			Verdict verdict = t.targetYear() > planTargetYear ? Verdict.LATER
					: e.awaitingFinal() || (e.status() != Status.ACHIEVED && e.status() != Status.MISSED) ? Verdict.AWAITING
					: e.status() == Status.ACHIEVED ? Verdict.ACHIEVED : Verdict.MISSED;
			BigDecimal difference = t.kind() == TargetKind.LEVEL && e.actual() != null && t.targetValue() != null
					? e.actual().subtract(t.targetValue()).setScale(line.indicator().displayScale(), RoundingMode.HALF_UP)
					: null;
			FigureView actual = e.actualPeriod() == null ? null
					: line.series().stream()
						.filter(f -> f.period().equals(e.actualPeriod()))
						.findFirst()
						.orElse(null);
			return new Line(line, verdict, difference, e.completionRate(), actual);
		}

	}

}
