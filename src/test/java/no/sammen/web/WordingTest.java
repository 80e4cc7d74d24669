package no.sammen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Texts that stay true: where two words were used for the same thing, the one chosen is used
 * throughout the three languages and the indicator catalog, so that a reader never wonders whether
 * "varselsignaler" on the report are the "varseltegn" of the crisis plan; and the roles are described
 * by what they can do today.
 */
class WordingTest {

    /** The word not to use, and the one used instead (bokmål and nynorsk). */
    private static final Map<String, String> INSTEAD = Map.of(
            "varselsignal", "varseltegn / varselteikn",
            "implementeringsstart", "innføringsstart");

    private static final List<Path> TEXTS = List.of(Path.of("src/main/resources/messages/messages.properties"),
            Path.of("src/main/resources/messages/messages_nn.properties"),
            Path.of("src/main/resources/messages/messages_en.properties"),
            Path.of("src/main/resources/indicators/catalog-v1.json"));

    @Test
    void theSameThingIsCalledTheSameEverywhere() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : TEXTS) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, String> word : INSTEAD.entrySet()) {
                    if (line.contains(word.getKey())) {
                        found.add(file.getFileName() + ":" + (i + 1) + " says '" + word.getKey() + "', use '"
                                + word.getValue() + "': " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * The role descriptions of the user form promise only what is built: there are no boards
     * (tavler), groups or competence views yet. Add a word back here when its page exists.
     */
    @Test
    void roleDescriptionsPromiseOnlyWhatIsBuilt() throws IOException {
        List<String> notBuilt = List.of("tavle", "grupper", "kompetanse", "board", "group", "competence");
        for (Path file : TEXTS.subList(0, 3)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("security.role.") && line.contains(".hint=")) {
                    assertThat(notBuilt).as(file.getFileName() + ": " + line)
                            .noneMatch(word -> line.toLowerCase(Locale.ROOT).contains(word));
                }
            }
        }
    }
}
