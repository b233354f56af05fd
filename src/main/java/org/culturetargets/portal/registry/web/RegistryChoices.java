package org.culturetargets.portal.registry.web;

import org.culturetargets.portal.registry.ParkLevel;
import org.culturetargets.portal.registry.ParkType;
import org.culturetargets.portal.registry.ProjectCategory;
import org.culturetargets.portal.registry.ProjectStatus;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The closed lists of the registry pages, each offered from its enum (labels from its message keys); a value sent
 * that is none of them is named back ("“MUSEUM” is not a park type") rather than as a bare type mismatch.
 */
@ControllerAdvice(assignableTypes = { RegistryController.class, RegistryFormController.class })
class RegistryChoices {

	@ModelAttribute("parkLevels")
	ParkLevel[] parkLevels() {
		return ParkLevel.values();
	}

	@ModelAttribute("parkTypes")
	ParkType[] parkTypes() {
		return ParkType.values();
	}

	@ModelAttribute("projectCategories")
	ProjectCategory[] projectCategories() {
		return ProjectCategory.values();
	}

	@ModelAttribute("projectStatuses")
	ProjectStatus[] projectStatuses() {
		return ProjectStatus.values();
	}

	@InitBinder
	void unknownChoicesNamed(WebDataBinder binder) {
		binder.setBindingErrorProcessor(new UnknownChoices());
	}

	/** {@code registry.invalid.<field>} with the value sent, for a field whose type is one of the lists. */
	private static final class UnknownChoices extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			if (ex instanceof TypeMismatchException mismatch && mismatch.getRequiredType() != null
					&& mismatch.getRequiredType().isEnum()) {
				String field = mismatch.getPropertyName();
				String key = "registry.invalid." + field;
				bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, mismatch.getValue(), true,
						new String[] { key }, new Object[] { String.valueOf(mismatch.getValue()) }, key));
				return;
			}
			super.processPropertyAccessException(ex, bindingResult);
		}

	}

}
