package no.sammen.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import no.sammen.shared.DateBounds;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Limits on what a request may carry, applied where values are read so that no controller sees them:
 * dates (in forms, addresses and JSON) only within {@link DateBounds}, and no null inside a JSON array
 * ({@code "participantIds": [null]}), no NUL character inside a JSON text (PostgreSQL refuses it in any
 * text column; parameters carrying one are refused earlier, by {@link UndecodableParameterFilter}). Each is refused as an invalid value naming its field: on forms
 * the «invalid date» message, on the API a Problem Details field error.
 */
@Configuration(proxyBeanMethods = false)
class InputBounds implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // Registered after Spring's own, these take precedence, also over @DateTimeFormat(iso = DATE).
        registry.addFormatterForFieldType(LocalDate.class,
                new BoundedFormatter<>(DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::parse, d -> d));
        registry.addFormatterForFieldType(LocalDateTime.class,
                new BoundedFormatter<>(DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::parse,
                        LocalDateTime::toLocalDate));
    }

    @Bean
    JsonMapperBuilderCustomizer boundedJsonInput() {
        SimpleModule bounds = new SimpleModule("sammen-input-bounds");
        bounds.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class) {
                    return new NulFreeStringDeserializer(deserializer);
                }
                return type == LocalDate.class || type == LocalDateTime.class
                        ? new BoundedDateDeserializer(deserializer) : deserializer;
            }
        });
        return builder -> builder.addModule(bounds)
                .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL));
    }

    /** ISO dates (as an HTML date field sends them) within {@link DateBounds}; anything else fails to bind. */
    private record BoundedFormatter<T>(DateTimeFormatter format, Function<CharSequence, T> parser,
            Function<T, LocalDate> date) implements Formatter<T> {

        @Override
        public T parse(String text, Locale locale) throws ParseException {
            try {
                T value = parser.apply(text.strip());
                if (!DateBounds.allowed(date.apply(value))) {
                    throw new ParseException("date out of range", 0);
                }
                return value;
            } catch (DateTimeParseException e) {
                throw new ParseException("not an ISO date", e.getErrorIndex());
            }
        }

        @Override
        public String print(T value, Locale locale) {
            return format.format((java.time.temporal.TemporalAccessor) value);
        }
    }

    /** Jackson's own date reading, then the bounds. */
    private static final class BoundedDateDeserializer extends DelegatingDeserializer {

        BoundedDateDeserializer(ValueDeserializer<?> delegatee) {
            super(delegatee);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new BoundedDateDeserializer(delegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            LocalDate date = value instanceof LocalDateTime time ? time.toLocalDate() : (LocalDate) value;
            if (!DateBounds.allowed(date)) {
                return context.reportInputMismatch(this, "date out of range");
            }
            return value;
        }
    }

    /** Jackson's own text reading, then no NUL character. */
    private static final class NulFreeStringDeserializer extends DelegatingDeserializer {

        NulFreeStringDeserializer(ValueDeserializer<?> delegatee) {
            super(delegatee);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new NulFreeStringDeserializer(delegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text && text.indexOf('\0') >= 0) {
                return context.reportInputMismatch(this, "text with a NUL character");
            }
            return value;
        }
    }
}
