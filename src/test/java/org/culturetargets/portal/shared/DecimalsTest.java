package org.culturetargets.portal.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalsTest {

	@ParameterizedTest
	@CsvSource({ "12345.67, 12345.67", "' 42 ', 42", "-0.5, -0.5", ".5, 0.5", "+7, 7", "1e3, 1E+3", "2.5E-3, 0.0025",
			"123456789012345678901234567890, 123456789012345678901234567890", "1e30, 1E+30", "1e-30, 1E-30",
			"0e-99999, 0", "0.000, 0.000", "１２．５, 12.5", "－３, -3" })
	void readsNumbersAsWritten(String text, BigDecimal expected) {
		assertThat(Decimals.parse(text)).isEqualTo(expected);
	}

	@Test
	void blankIsNoNumber() {
		assertThat(Decimals.parse(null)).isNull();
		assertThat(Decimals.parse(" ")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "NaN", "Infinity", "-Infinity", "0x10", "1,000", "1e", "1e+", "--1", "1.2.3", "１２ｘ",
			"\u00001" })
	void refusesWhatIsNotWrittenAsANumber(String text) {
		assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(Decimals.NotANumber.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e5000000", "1e309", "1e99999", "1e99999999999", "-1e31", "1e-31", "1234567890123456789012345678901",
			"0.0000000000000000000000000000001" })
	void refusesNumbersBeyondTheBounds(String text) {
		assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(Decimals.OutOfBounds.class);
	}

	@Test
	void refusesAMillionDigitsWithoutReadingThem() {
		assertThatThrownBy(() -> Decimals.parse("9".repeat(1_000_000))).isInstanceOf(Decimals.OutOfBounds.class);
		assertThatThrownBy(() -> Decimals.parse("x".repeat(1_000_000))).isInstanceOf(Decimals.NotANumber.class);
	}

	@ParameterizedTest
	@CsvSource({ "9999999999999999.99, true", "10000000000000000, false", "1E+20, false", "0.125, false",
			"0.120, true", "-5.5, true", "0, true", "1.00000000, true" })
	void fitsAColumnOnlyAsItIs(BigDecimal value, boolean fits) {
		assertThat(Decimals.fits(value, 18, 2)).isEqualTo(fits);
	}

}
