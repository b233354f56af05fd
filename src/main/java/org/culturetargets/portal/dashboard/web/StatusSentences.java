package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.culturetargets.portal.evaluation.ScorecardLine;
import org.culturetargets.portal.evaluation.StatusSentence;
import org.culturetargets.portal.evaluation.Thresholds;
import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentence that decides a target's status ({@link StatusSentence}), in the reader's language:
 * {@code @statusSentences.text(line, thresholds, locale)} in the scorecard and the final evaluation.
 */
@Component
public class StatusSentences {

	private final MessageSource messages;

	private final DisplayFormat format;

	public StatusSentences(MessageSource messages, DisplayFormat format) {
		this.messages = messages;
		this.format = format;
	}

	public String text(ScorecardLine line, Thresholds thresholds, Locale locale) {
		return text(StatusSentence.of(line.target(), line.indicator(), line.evaluation(), thresholds), locale);
	}

	public String text(StatusSentence sentence, Locale locale) {
		Object[] args = sentence.args().stream().map(arg -> word(arg, locale)).toArray();
		String text = messages.getMessage(sentence.key(), args, locale);
		if (sentence.finalDue() != null) {
			text += messages.getMessage("sentence.awaitingFinal", new Object[] { sentence.finalDue() }, locale);
		}
		return text;
	}

	private String word(Object arg, Locale locale) {
		if (arg instanceof BigDecimal number) {
			return format.number(number, Math.max(number.scale(), 0));
		}
		if (arg instanceof Period period) {
			return format.period(period, locale);
		}
		if (arg instanceof Comparator comparator) {
			return comparator.sign();
		}
		if (arg instanceof List<?> periods) {
			return periods.stream()
				.map(p -> format.period(p, locale))
				.collect(Collectors.joining(messages.getMessage("sentence.list.separator", null, locale)));
		}
		return arg == null ? format.number(null, 0) : arg.toString();
	}

}
