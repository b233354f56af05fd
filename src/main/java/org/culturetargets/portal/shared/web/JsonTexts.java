package org.culturetargets.portal.shared.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.Texts;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every string of a JSON request body (the API's bodies are records, maps and lists of them) is acceptable text
 * ({@link Texts}), checked once it is read and before the controller sees it; otherwise the request is refused as
 * {@link InvalidInput} naming the field by its path ({@code values.added_value.note}). Tab and line breaks only in a
 * narrative, a note or a comment.
 */
@ControllerAdvice
class JsonTexts extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		InvalidInput.Check check = new InvalidInput.Check();
		visit(body, "", "", check);
		check.done();
		return body;
	}

	private static void visit(Object value, String path, String name, InvalidInput.Check check) {
		if (value instanceof String text) {
			if (!Texts.acceptable(text, TextParameters.multiLine(name))) {
				check.reject(path, Texts.REFUSED, path);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, entry) -> {
				String keyText = String.valueOf(key);
				if (!Texts.acceptable(keyText, false)) {
					String field = join(path, Texts.shown(keyText));
					check.reject(field, Texts.REFUSED, field);
				}
				else {
					visit(entry, join(path, keyText), keyText, check);
				}
			});
		}
		else if (value instanceof Collection<?> list) {
			int i = 0;
			for (Object element : list) {
				visit(element, path + "[" + i++ + "]", name, check);
			}
		}
		else if (value != null && value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				visit(read(component, value), join(path, component.getName()), component.getName(), check);
			}
		}
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("cannot read " + component, e);
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

}
