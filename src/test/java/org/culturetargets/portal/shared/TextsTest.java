package org.culturetargets.portal.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "西湖区文化科技有限公司", "A-1 (B)", "𠀀 emoji 😀", "（全角）　空格" })
	void acceptsText(String text) {
		assertThat(Texts.acceptable(text, false)).isTrue();
		assertThat(Texts.acceptable(text, true)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\tb", "line\r\nline", "line\nline" })
	void acceptsTabAndLineBreaksOnlyInMultiLineText(String text) {
		assertThat(Texts.acceptable(text, true)).isTrue();
		assertThat(Texts.acceptable(text, false)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "\u0000", "a\u0007", "\u001b[31m", "a\u007f", "a\u0085b", "\u009f",
			"\ud800", "a\ud800b", "\udc00a", "a\ude00\ud83d", "😀\ud83d" })
	void refusesControlCharactersAndHalvesOfSurrogatePairs(String text) {
		assertThat(Texts.acceptable(text, false)).isFalse();
		assertThat(Texts.acceptable(text, true)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "q\u0000", "\ud800q" })
	void showsRefusedCharactersAsReplacements(String text) {
		assertThat(Texts.shown(text)).contains("\ufffd").contains("q").hasSize(2);
	}

}
