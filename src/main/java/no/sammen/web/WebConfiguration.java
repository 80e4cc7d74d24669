package no.sammen.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language: on pages bokmål unless the user chose otherwise, the choice kept in a cookie for a
 * year; on the API the caller's Accept-Language. Anything but nynorsk and English is bokmål. A
 * download asked for in a language ({@code ?lang=}) is made in it without changing the choice, and so is a
 * public page without login.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    static final Locale NYNORSK = Locale.forLanguageTag("nn");
    static final List<Locale> SUPPORTED = List.of(BOKMAAL, NYNORSK, Locale.ENGLISH);
    static final String DOWNLOADS_IN_ANY_LANGUAGE = "/reports/units/*/report.pdf";
    /**
     * The public pages without login (the survey's answer page, ADR 0036) take their language from the address
     * ({@code ?lang=}) alone and set no cookie.
     */
    static final String PUBLIC_PAGES = "/s/";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("sammen-lang") {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                Locale chosen = publicPage(request) ? Locale.forLanguageTag(String.valueOf(request.getParameter("lang")))
                        : super.resolveLocale(request);
                return SUPPORTED.stream().filter(l -> l.getLanguage().equals(chosen.getLanguage())).findFirst()
                        .orElse(BOKMAAL);
            }

            @Override
            public org.springframework.context.i18n.LocaleContext resolveLocaleContext(
                    jakarta.servlet.http.HttpServletRequest request) {
                return publicPage(request) ? new org.springframework.context.i18n.SimpleLocaleContext(
                        resolveLocale(request)) : super.resolveLocaleContext(request);
            }
        };
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Accept-Language") != null ? request.getLocale() : BOKMAAL);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    private static boolean publicPage(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PUBLIC_PAGES);
    }

    /** {@code #formats} on every page (and in the PDF): dates and months by the patterns of the message bundles. */
    @Bean
    FormatsDialect formatsDialect(MessageSource messages) {
        return new FormatsDialect(messages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        // A download in another language (the unit report's PDF with ?lang=) leaves the user's choice alone.
        registry.addInterceptor(interceptor).excludePathPatterns(DOWNLOADS_IN_ANY_LANGUAGE, PUBLIC_PAGES + "**");
    }
}
