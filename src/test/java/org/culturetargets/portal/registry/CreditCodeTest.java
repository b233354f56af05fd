package org.culturetargets.portal.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodeTest {

	/** Codes published in the national enterprise credit information system for well-known companies. */
	@ParameterizedTest
	@ValueSource(strings = { "91330100799655058B", "9144030071526726XG", "91110000802100433B" })
	void acceptsPublishedCodes(String code) {
		assertThat(CreditCode.problem(code)).isNull();
		assertThat(new CreditCode(code).value()).isEqualTo(code);
	}

	@Test
	void toleratesSpacesAndLowerCaseAsTyped() {
		assertThat(CreditCode.of(" 9144030071526726xg ").value()).isEqualTo("9144030071526726XG");
	}

	@ParameterizedTest
	@CsvSource({ "91330100799655058A, 校验位应为“B”", "9144030071526726X0, 校验位应为“G”" })
	void refusesAWrongCheckCharacterNamingTheRightOne(String code, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> new CreditCode(code)).withMessageContaining(message);
	}

	@Test
	void refusesSwappedCharacters() {
		assertThat(CreditCode.problem("91330100799655508B")).contains("校验位");
	}

	@ParameterizedTest
	@CsvSource({ "9133010079965505B, 18位", "91330100799655O58B, 第15位", "913301007996550589B, 18位",
			"91A30100799655058B, 第3-8位" })
	void refusesMalformedCodesSayingWhere(String code, String message) {
		assertThat(CreditCode.problem(code)).contains(message);
	}

	@Test
	void refusesEmptyCodes() {
		assertThat(CreditCode.problem("")).contains("不能为空");
		assertThat(CreditCode.problem(null)).contains("不能为空");
	}

	@Test
	void everyComputedCheckCharacterIsAccepted() {
		String first17 = "91330106MA2H0RD1";
		for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
			String code = first17 + c;
			String full = code + CreditCode.checkCharacter(code);
			assertThat(CreditCode.problem(full)).isNull();
		}
	}

	@Test
	void knowsTheRegisteringArea() {
		assertThat(new CreditCode("91330100799655058B").registeringArea()).isEqualTo("330100");
	}

}
