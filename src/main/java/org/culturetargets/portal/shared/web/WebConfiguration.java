package org.culturetargets.portal.shared.web;

import java.util.Locale;

import org.culturetargets.portal.shared.Period;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Chinese by default; {@code ?lang=en} (or {@code zh}) switches the language for the rest of the session.
 * Periods in request parameters are read as text ({@code 2024}, {@code 2024Q3}); every parameter's text is checked
 * by {@link TextParameters}, numbers and flags are bound by {@link StrictBinding}.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return resolver;
	}

	/**
	 * Static files only where they are, instead of Boot's default {@code /**}: with that pattern every link a page
	 * renders ({@code @{/areas/330106}}) was looked up as a file in every jar of the class path, on every render,
	 * and was most of a page's cost under load. {@code spring.web.resources.add-mappings=false} turns the default off.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// an empty selection ("latest") is no period at all
		registry.addConverter(String.class, Period.class, text -> text.isBlank() ? null : Period.parse(text));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new TextParameters());
	}

}
