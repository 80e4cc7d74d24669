package no.sammen.web;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #formats} on every page: a day ({@code #formats.date(d)}) and a month ({@code #formats.month(m)}) in
 * the page's language, by the patterns of the message keys {@code format.date} and {@code format.month} (the one
 * place the formats are defined). The same as {@code #temporals.format(d, #messages.msg('format.date'))}, but the
 * pattern is parsed once per language instead of on every call: pages such as the worklist format hundreds of
 * dates, and parsing the pattern each time was a visible part of rendering them under load.
 */
class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "formats";

    private final MessageSource messages;
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    FormatsDialect(MessageSource messages) {
        super("Sammen formats");
        this.messages = messages;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? new Formats(context.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    private DateTimeFormatter formatter(String key, Locale locale) {
        return formatters.computeIfAbsent(key + '|' + locale.toLanguageTag(),
                k -> DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale));
    }

    /** The formats in one page's language. */
    public final class Formats {

        private final Locale locale;

        Formats(Locale locale) {
            this.locale = locale;
        }

        /** A day, e.g. 01.12.2026; nothing for none. */
        public String date(TemporalAccessor day) {
            return day == null ? null : formatter("format.date", locale).format(day);
        }

        /** A month, e.g. 12.2026; nothing for none. */
        public String month(TemporalAccessor month) {
            return month == null ? null : formatter("format.month", locale).format(month);
        }
    }
}
