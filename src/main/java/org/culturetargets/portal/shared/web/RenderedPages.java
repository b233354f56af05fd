package org.culturetargets.portal.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.culturetargets.portal.shared.DataVersion;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What a page renders from the data, rendered once per version of the data and reused: the page's {@code <main>},
 * for the key the controller gives (its plan, scope, period…) and the reader's language. The rest of the page, the
 * reader's own (name, menu by role, CSRF token in the sign-out form), is rendered around it on every request by
 * {@code fragments/cached}. A page's main must therefore hold nothing of the reader's: the pages using this are
 * the same for every signed-in reader.
 */
@Component
public class RenderedPages {

	static final String CACHE = "pages";

	private final ThymeleafViewResolver views;

	private final DataVersion version;

	private final Cache cache;

	RenderedPages(ThymeleafViewResolver views, DataVersion version, CacheManager caches) {
		this.views = views;
		this.version = version;
		this.cache = caches.getCache(CACHE);
	}

	/**
	 * Puts the main of {@code template} for {@code key} into {@code model}: from the cache, or rendered after
	 * {@code content} has added what the template needs to {@code model}. The view to return is
	 * {@code fragments/cached}, with the page's title (in the reader's language); {@code content} must not throw for
	 * a missing page: look that up before.
	 */
	public void main(String template, List<?> key, Model model, Consumer<Model> content, String title,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		String main = version.cached(cache, List.of(template, key, locale), () -> {
			content.accept(model);
			return render(template, model, locale, request, response);
		});
		model.addAttribute("cachedMain", main);
		model.addAttribute("pageTitle", title);
	}

	private String render(String template, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		try {
			View view = views.resolveViewName(template + " :: main", locale);
			view.render(model.asMap(), request, captured);
			return new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not render " + template, ex);
		}
	}

	/** Rendered mains are large (a scorecard is some 60 KB): bounded by their size, not by their number. */
	@Configuration(proxyBeanMethods = false)
	static class PagesCache {

		@Bean
		CacheManagerCustomizer<CaffeineCacheManager> pagesCache() {
			return manager -> manager.registerCustomCache(CACHE, Caffeine.newBuilder()
				.maximumWeight(64L * 1024 * 1024)
				.<Object, Object>weigher((key, value) -> value instanceof String s ? 2 * s.length() : 1)
				.expireAfterAccess(Duration.ofHours(1))
				.recordStats()
				.build());
		}

	}

}
