package no.sammen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the form-field library the only place that writes a field's accessibility markup and the
 * date formats (ADR 0016): a template that writes aria-describedby or aria-invalid on a form control
 * by hand, a date pattern of its own, or a day or month formatted past {@code #formats}, fails here, so that the next form uses the fragments of
 * {@code fragments/forms.html} and the {@code format.*} message keys.
 */
class FormFieldLibraryTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path LIBRARY = TEMPLATES.resolve("fragments/forms.html");

    /** The opening tag of a form control or of a group of controls. */
    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea|fieldset)\\b[^>]*>", Pattern.DOTALL);
    /** A day or a month formatted by parsing its pattern on every call, where {@code #formats} parses it once. */
    private static final Pattern DAY_OR_MONTH_BY_TEMPORALS =
            Pattern.compile("#temporals\\.format\\([^#]*#messages\\.msg\\('format\\.(date|month)'\\)");
    private static final Pattern DATE_PATTERN = Pattern.compile("'[^']*(dd\\.MM|MM\\.yyyy|HH:mm)[^']*'");

    @Test
    void noFormControlWritesItsDescriptionByHand() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            Matcher m = CONTROL.matcher(Files.readString(file));
            while (m.find()) {
                if (m.group().contains("aria-describedby")) {
                    found.add(TEMPLATES.relativize(file) + ": " + m.group().replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(found).as("form controls with aria-describedby written outside fragments/forms.html").isEmpty();
    }

    @Test
    void noTemplateWritesADatePatternOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            Matcher m = DATE_PATTERN.matcher(Files.readString(file));
            while (m.find()) {
                found.add(TEMPLATES.relativize(file) + ": " + m.group());
            }
        }
        assertThat(found).as("date patterns written in templates instead of #messages.msg('format.date') and its kin")
                .isEmpty();
    }

    @Test
    void daysAndMonthsAreFormattedByFormats() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            Matcher m = DAY_OR_MONTH_BY_TEMPORALS.matcher(Files.readString(file));
            while (m.find()) {
                found.add(TEMPLATES.relativize(file) + ": " + m.group());
            }
        }
        assertThat(found).as("days and months formatted with #temporals instead of #formats.date and #formats.month")
                .isEmpty();
    }

    @Test
    void theLibraryWritesTheDescriptionOfEveryKindOfField() throws IOException {
        String library = Files.readString(LIBRARY);
        for (String fragment : List.of("textField", "textArea", "dateField", "dateTimeField", "selectField",
                "radioGroup", "checkboxGroup", "checkbox", "group")) {
            assertThat(library).as("fragment " + fragment).contains("th:fragment=\"" + fragment + "(");
        }
        assertThat(library).contains("aria-describedby", "aria-invalid");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).filter(f -> !f.equals(LIBRARY)).toList();
        }
    }
}
