package no.sammen.security;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Three filter chains: the JSON API with bearer tokens or HTTP Basic and no session, the public survey
 * answer pages with neither login nor session, and the pages with a login form, CSRF protection and a session. In both, the account is read once per request and its
 * current roles decide (see {@link AccountRefreshFilter}). Both send the same security headers; the
 * Content-Security-Policy allows scripts and styles only from Sammen itself, the Permissions-Policy
 * turns off the browser features Sammen never uses.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A username and password; each call costs a BCrypt check. Use it once, to get a token.")
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/tokens, valid for a short time (15 minutes by default).")
@OpenAPIDefinition(security = {@SecurityRequirement(name = "bearerAuth"), @SecurityRequirement(name = "basicAuth")})
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
            + "midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), "
            + "serial=(), usb=(), xr-spatial-tracking=()";

    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, MessageSource messages, ApiTokenService tokens,
            RequestAccounts accounts) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/tokens").access(withPassword())
                        .requestMatchers("/api/v1/audit/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        ApiProblems.unauthorized(request, response, messages, ApiProblems.BEARER_CHALLENGE)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                ApiProblems.unauthorized(request, response, messages, ApiProblems.BEARER_CHALLENGE))
                        .accessDeniedHandler((request, response, e) -> ApiProblems.forbidden(request, response,
                                messages)))
                .addFilterBefore(new ApiTokenFilter(tokens, accounts, messages), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountRefreshFilter(accounts), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * The public survey answer pages (ADR 0036): open to anyone, without a session, so that no cookie is set; no
     * CSRF token, since an answer carries no one's authority (the round's unguessable key in the address is what
     * the form needs); the same security headers as every page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicSurveySecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/s/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webSecurity(HttpSecurity http, RequestAccounts accounts, SecurityProperties properties)
            throws Exception {
        List<String> open = new ArrayList<>(List.of("/login", "/assets/**", "/webjars/**", "/favicon.ico",
                "/error", "/actuator/health", "/actuator/health/**"));
        if (properties.publicApiDocs()) {
            open.addAll(List.of(API_DOCS));
        }
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                // One answer for every failed login: a wrong password, an unknown or disabled user and
                // a held-back username or address look the same (see AccountAuthenticationProvider).
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new AccountRefreshFilter(accounts), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    /** Issuing a token takes the password: a token cannot prolong itself by issuing the next one. */
    private static AuthorizationManager<RequestAuthorizationContext> withPassword() {
        return (authentication, context) -> {
            var auth = authentication.get();
            return new AuthorizationDecision(auth != null && auth.isAuthenticated()
                    && auth.getPrincipal() instanceof AccountPrincipal);
        };
    }

    @Bean
    AuthenticationManager authenticationManager(AccountAuthenticationProvider accounts,
            AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(accounts);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return passwordEncoders();
    }

    /**
     * BCrypt for new passwords; a stored hash without a known {@code {id}} prefix (written into the
     * database by hand, say) never matches, so its login fails like a wrong password instead of a 500.
     */
    static PasswordEncoder passwordEncoders() {
        org.springframework.security.crypto.password.DelegatingPasswordEncoder encoders =
                (org.springframework.security.crypto.password.DelegatingPasswordEncoder)
                        PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoders.setDefaultPasswordEncoderForMatches(new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                throw new UnsupportedOperationException("only for matching unknown stored hashes");
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return false;
            }
        });
        return encoders;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
