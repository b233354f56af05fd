package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.culturetargets.portal.reporting.RuleChanged;
import org.culturetargets.portal.shared.Decimals;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The validation rules for administrators: read them, change a threshold or switch a rule on or off. A threshold
 * that no value could meet sensibly is refused naming its field; a change is audited with the rule before and after.
 */
@Service
@Transactional
public class RuleAdministration {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A median absolute deviation needs at least three values to mean anything. */
	static final int FEWEST_VALUES = 3;

	private static final int MOST_VALUES = 1000;

	private final RuleRepository rules;

	private final ApplicationEventPublisher events;

	RuleAdministration(RuleRepository rules, ApplicationEventPublisher events) {
		this.rules = rules;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<RuleSetting> rules() {
		return rules.all();
	}

	@Transactional(readOnly = true)
	public Optional<RuleSetting> rule(String code) {
		return rules.find(code);
	}

	public RuleSetting update(String code, RuleCmd cmd, String reason, String actor) {
		RuleSetting before = rules.find(code).orElseThrow(() -> new NotFoundException("rule", code));
		InvalidInput.Check check = new InvalidInput.Check();
		BigDecimal threshold = before.threshold() == null ? null : threshold(before, cmd.threshold(), check);
		Integer minCount = before.minCount() == null ? null : minCount(cmd.minCount(), check);
		check.done();
		if (!rules.update(code, cmd.version(), threshold, minCount, cmd.enabled())) {
			throw new StaleRuleException(code);
		}
		RuleSetting after = rules.find(code).orElseThrow();
		events.publishEvent(new RuleChanged(actor, Instant.now(), "validation rule " + code, describe(before),
				describe(after), reason == null || reason.isBlank() ? null : reason.trim()));
		return after;
	}

	private static BigDecimal threshold(RuleSetting rule, String text, InvalidInput.Check check) {
		BigDecimal value;
		try {
			value = Decimals.parse(text);
		}
		catch (NumberFormatException e) {
			check.reject("threshold", "rule.error.notANumber", text);
			return null;
		}
		if (value == null) {
			// a rule with a threshold cannot run without one
			check.reject("threshold", "rule.error.thresholdMissing");
		}
		else if (value.signum() <= 0) {
			check.reject("threshold", "rule.error.notPositive", value.toPlainString());
		}
		else if (RuleSetting.RATIO_PARTS.equals(rule.code()) && value.compareTo(HUNDRED) > 0) {
			check.reject("threshold", "rule.error.shareAbove100", value.toPlainString());
		}
		else if (RuleSetting.RATIO_DERIVED.equals(rule.code()) && value.compareTo(HUNDRED) > 0) {
			// shares lie within 0–100 %, so no two of them are further apart: such a tolerance lets everything pass
			check.reject("threshold", "rule.error.gapAbove100", value.toPlainString());
		}
		else if (!Decimals.fits(value, 12, 4)) {
			check.reject("threshold", "rule.error.outOfRange", value.toPlainString());
		}
		return value;
	}

	private static Integer minCount(String text, InvalidInput.Check check) {
		String trimmed = text == null ? "" : text.trim();
		int value;
		try {
			value = Integer.parseInt(trimmed);
		}
		catch (NumberFormatException e) {
			check.reject("minCount", "rule.error.notAWholeNumber", trimmed);
			return null;
		}
		if (value < FEWEST_VALUES || value > MOST_VALUES) {
			// as text: a message would write 1000 as "1,000"
			check.reject("minCount", "rule.error.minCount", String.valueOf(value), String.valueOf(FEWEST_VALUES),
					String.valueOf(MOST_VALUES));
		}
		return value;
	}

	private static String describe(RuleSetting rule) {
		return "threshold=" + (rule.threshold() == null ? "" : rule.threshold().stripTrailingZeros().toPlainString())
				+ ", minCount=" + (rule.minCount() == null ? "" : rule.minCount()) + ", enabled=" + rule.enabled();
	}

}
