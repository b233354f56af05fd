package org.culturetargets.portal.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.culturetargets.portal.shared.Decimals;

import org.springframework.beans.propertyeditors.CustomBooleanEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers and flags of every form and parameter bound as the pages send them: a number within the bounds of
 * {@link Decimals}, a flag only {@code true} or {@code false} (Spring also reads yes, on and 1). Editors, not
 * converters: Spring falls back to its own lenient editors when a converter refuses a value.
 */
@ControllerAdvice
class StrictBinding {

	@InitBinder
	void strictValues(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
		binder.registerCustomEditor(Boolean.class, new CustomBooleanEditor("true", "false", true));
		binder.registerCustomEditor(boolean.class, new CustomBooleanEditor("true", "false", false));
	}

	private static final class DecimalEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(Decimals.parse(text));
		}

		@Override
		public String getAsText() {
			return getValue() instanceof BigDecimal value ? value.toPlainString() : "";
		}

	}

}
