package no.sammen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * {@code #formats} formats days and months by the patterns of the message keys in the page's language, as
 * {@code #temporals.format(d, #messages.msg('format.date'))} did, and gives nothing for nothing.
 */
class FormatsDialectTest {

    private final SpringTemplateEngine engine = engine();

    @Test
    void aDayAndAMonthByThePatternsOfTheLanguage() {
        Map<String, Object> values = Map.of("day", LocalDate.of(2026, 12, 1), "month", YearMonth.of(2026, 3));
        assertThat(render("[[${#formats.date(day)}]] [[${#formats.month(month)}]]", Locale.forLanguageTag("nb"), values))
                .isEqualTo("01.12.2026 03.2026");
        assertThat(render("[[${#formats.date(day)}]] [[${#formats.month(month)}]]", Locale.ENGLISH, values))
                .isEqualTo("2026-12-01 2026/03");
    }

    @Test
    void nothingForNothing() {
        assertThat(render("[[${#formats.date(null)}]]|[[${#formats.month(null)}]]", Locale.forLanguageTag("nb"),
                Map.of())).isEqualTo("|");
    }

    @Test
    void theSameAsTemporalsWithTheMessageKey() {
        Map<String, Object> values = Map.of("day", LocalDate.of(2027, 2, 28));
        Locale bokmaal = Locale.forLanguageTag("nb");
        assertThat(render("[[${#formats.date(day)}]]", bokmaal, values))
                .isEqualTo(render("[[${#temporals.format(day, #messages.msg('format.date'))}]]", bokmaal, values));
    }

    private String render(String template, Locale locale, Map<String, Object> values) {
        return engine.process(template, new Context(locale, values));
    }

    private static SpringTemplateEngine engine() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("format.date", Locale.forLanguageTag("nb"), "dd.MM.yyyy");
        messages.addMessage("format.month", Locale.forLanguageTag("nb"), "MM.yyyy");
        messages.addMessage("format.date", Locale.ENGLISH, "yyyy-MM-dd");
        messages.addMessage("format.month", Locale.ENGLISH, "yyyy/MM");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.setTemplateEngineMessageSource(messages);
        engine.addDialect(new FormatsDialect(messages));
        return engine;
    }
}
