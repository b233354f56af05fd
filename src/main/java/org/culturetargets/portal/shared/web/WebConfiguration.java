package org.culturetargets.portal.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.culturetargets.portal.shared.Period;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Chinese by default; {@code ?lang=en} (or {@code zh}) switches the language for the rest of the session, and
 * {@code ?textSize=large} (or {@code normal}) the large-text mode ({@link TextSizeChange}).
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

	/** A static file's address carries the hash of its content, so a browser may keep it for a year. */
	private static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/**
	 * Static files only where they are, instead of Boot's default {@code /**}: with that pattern every link a page
	 * renders ({@code @{/areas/330106}}) was looked up as a file in every jar of the class path, on every render,
	 * and was most of a page's cost under load. {@code spring.web.resources.add-mappings=false} turns the default off.
	 * Pages link to each file by its content-hashed address ({@link #resourceUrls}), which changes with the file, so
	 * the browser fetches a megabyte of ECharts once, not on every page.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		versioned(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/"));
		versioned(registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/"));
		versioned(registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/"));
		registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
	}

	private static void versioned(ResourceHandlerRegistration files) {
		files.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/** Rewrites the static addresses that pages render ({@code @{/js/…}}) to their content-hashed form. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrls() {
		return new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
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
		registry.addInterceptor(new TextSizeChange());
		registry.addInterceptor(new TextParameters());
	}

}
