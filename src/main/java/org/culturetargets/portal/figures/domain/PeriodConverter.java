package org.culturetargets.portal.figures.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.culturetargets.portal.shared.Period;

/** Periods are stored as their text ({@code 2024}, {@code 2024Q3}), never as a bare date. */
@Converter
class PeriodConverter implements AttributeConverter<Period, String> {

	@Override
	public String convertToDatabaseColumn(Period period) {
		return period == null ? null : period.toString();
	}

	@Override
	public Period convertToEntityAttribute(String text) {
		return text == null ? null : Period.parse(text);
	}

}
