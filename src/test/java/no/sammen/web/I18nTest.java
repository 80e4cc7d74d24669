package no.sammen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the three languages complete and the templates free of literal text: every key is in
 * bokmål, nynorsk and English, every key a template or a service names exists, and every piece of
 * text in a template is replaced by a message at run time.
 */
class I18nTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> bokmaal = keys("messages.properties");
        assertThat(bokmaal).isNotEmpty();
        assertThat(keys("messages_nn.properties")).as("nynorsk").containsExactlyInAnyOrderElementsOf(bokmaal);
        assertThat(keys("messages_en.properties")).as("English").containsExactlyInAnyOrderElementsOf(bokmaal);
    }

    @Test
    void noLanguageHasEmptyMessages() throws IOException {
        for (String file : List.of("messages.properties", "messages_nn.properties", "messages_en.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyNamedInATemplateOrServiceExists() throws IOException {
        Set<String> known = keys("messages.properties");
        List<String> missing = new ArrayList<>();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Pattern fieldProblem = Pattern.compile("FieldProblem\\.of\\(\"[^\"]*\",\\s*\"([^\"]+)\"");
        Pattern rejected = Pattern.compile("\\.reject\\(\"([^\"]+)\"");
        for (Path file : files(TEMPLATES, ".html")) {
            collect(templateKey, Files.readString(file), known, file, missing);
        }
        for (Path file : files(JAVA, ".java")) {
            String source = Files.readString(file);
            collect(fieldProblem, source, known, file, missing);
            collect(rejected, source, known, file, missing);
        }
        assertThat(missing).as("message keys used but not defined").isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        Pattern textNode = Pattern.compile(">([^<]+)<");
        List<String> literal = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "")
                    // attribute values may hold '>' (expressions), which is not the end of a tag
                    .replaceAll("\"[^\"]*\"", "\"\"").replaceAll("'[^'<>]*'(?=[\\s>/])", "''");
            Matcher m = textNode.matcher(html);
            while (m.find()) {
                String text = m.group(1).strip();
                if (text.isEmpty() || !text.matches("(?s).*\\p{L}.*") || text.matches("\\[\\[.*]]")) {
                    continue;
                }
                String openingTag = html.substring(html.lastIndexOf('<', m.start()), m.start() + 1);
                if (!openingTag.matches("(?s).*\\bth:(text|utext|errors|replace|insert|remove)=.*")) {
                    literal.add(TEMPLATES.relativize(file) + ": \"" + text + "\"");
                }
            }
        }
        assertThat(literal).as("literal text in templates").isEmpty();
    }

    private static void collect(Pattern pattern, String text, Set<String> known, Path file, List<String> missing) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                missing.add(file.getFileName() + ": " + m.group(1));
            }
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
