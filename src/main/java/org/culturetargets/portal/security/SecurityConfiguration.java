package org.culturetargets.portal.security;

import java.util.LinkedHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.culturetargets.portal.shared.web.ApiPaths;
import org.culturetargets.portal.shared.web.DatabaseUnreachable;
import org.culturetargets.portal.shared.web.ParameterReading;
import tools.jackson.databind.ObjectMapper;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page needs a login (form login with CSRF protection); the API under {@code /api} also takes HTTP Basic,
 * and answers an unauthenticated call with 401 rather than a redirect to the login page. The admin pages are for
 * administrators only; repeated failed logins lock the username for a while ({@link LoginThrottle}).
 */
@Configuration
class SecurityConfiguration {

	private static final RequestMatcher API = ApiPaths::isApi;

	/** Basic credentials cannot be forged by another site, so such calls need no CSRF token. */
	private static final RequestMatcher BASIC_AUTHENTICATED = request -> {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	};

	/**
	 * Only the portal's own files: no inline script, no inline style (the templates use classes, the charts draw
	 * their tooltips on the canvas, htmx's indicator styles are in portal.css), images also as data: URIs (Bootstrap's
	 * icons, Swagger UI's), and no framing.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI's pages: the same, except that its bundle (React) applies inline styles, which style-src 'self'
	 * blocks (a console error and a broken layout). Inline style cannot run code; script stays 'self' only.
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	private static final RequestMatcher SWAGGER_UI = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/swagger-ui/");

	/** The portal uses none of the browser's devices or sensors. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=(), fullscreen=(self)";

	private static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	/**
	 * The API documentation needs a login like the API it describes (it maps every endpoint for whoever reads it),
	 * unless {@code portal.api-docs.public} opens it.
	 */
	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, SessionRegistry sessions, ObjectMapper json,
			@Value("${portal.api-docs.public:false}") boolean apiDocsPublic,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) throws Exception {
		// parameters Tomcat cannot read are refused before the CSRF check reads one, with the headers written
		http.addFilterAfter(new ParameterReading(maxFileSize), HeaderWriterFilter.class);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg").permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers(API_DOCS).access(apiDocsPublic ? SingleResultAuthorizationManager.permitAll()
					: AuthenticatedAuthorizationManager.authenticated())
			.requestMatchers("/admin/**", "/imports/**", "/api/imports/**").hasRole(Role.ADMIN.name())
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll().failureHandler(loginFailure()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(basic -> basic.authenticationEntryPoint(new UnreachableDatabaseEntryPoint(apiEntryPoint(), API, json)))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(apiEntryPoint(), API)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> !API.matches(request)))
			.csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTHENTICATED))
			// sessions are registered so that disabling an account ends its open sessions at once
			.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
						new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	private static BasicAuthenticationEntryPoint apiEntryPoint() {
		BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName("Culture Targets");
		return entryPoint;
	}

	/**
	 * A locked-out address or name gets its own message on the login page, and so do a right password that the
	 * password policy refuses and a login that could not be checked because the database is out of reach; every
	 * other failure the same one.
	 */
	private static AuthenticationFailureHandler loginFailure() {
		LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> handlers = new LinkedHashMap<>();
		// the more specific first: the handler takes the first entry the exception is an instance of
		handlers.put(ThrottledAuthentication.AddressLockedException.class,
				new SimpleUrlAuthenticationFailureHandler("/login?blocked"));
		handlers.put(LockedException.class, new SimpleUrlAuthenticationFailureHandler("/login?locked"));
		handlers.put(ThrottledAuthentication.PasswordRefusedException.class,
				new SimpleUrlAuthenticationFailureHandler("/login?renew"));
		AuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
		AuthenticationFailureHandler unavailable = new SimpleUrlAuthenticationFailureHandler("/login?unavailable");
		handlers.put(InternalAuthenticationServiceException.class, (request, response, e) -> (DatabaseUnreachable
			.isCauseOf(e) ? unavailable : failed).onAuthenticationFailure(request, response, e));
		return new DelegatingAuthenticationFailureHandler(handlers, failed);
	}

	/** Passwords checked against the accounts, behind the lock-out of repeated failures (form and Basic alike). */
	@Bean
	AuthenticationProvider throttledAuthentication(Accounts accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, PasswordPolicy policy, @Value("${portal.demo:false}") boolean demo) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthentication(passwords, throttle, policy, demo);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new PortalPasswordEncoder();
	}

}
