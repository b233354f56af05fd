package org.culturetargets.portal.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON read as written: a whole number ({@code "version": 1}) is not {@code 1.5} cut to 1, nor the text
 * {@code "1"}, and a field the body does not have (a misspelt {@code "verison"}) is refused, not dropped. Jackson
 * as Spring Boot sets it up accepts all three.
 */
@Configuration
class JsonReading {

	@Bean
	JsonMapperBuilderCustomizer strictWholeNumbers() {
		return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.withCoercionConfig(LogicalType.Integer, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
	}

}
