package no.sammen.imr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.sammen.shared.CatalogChecks;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;


/**
 * The IMR curriculum, read once at start-up from a versioned data file: the standard modules, each
 * with its number and its name in bokmål, nynorsk and English. A file with a mistake stops the
 * application with a message naming the module and the field.
 */
@Component
public class ImrCurriculum {

    static final String CATALOG = "imr-curriculum";
    /** The standard curriculum has eleven modules. */
    static final int STANDARD_MODULES = 11;

    private final int version;
    private final List<ImrModule> modules;

    ImrCurriculum(ImrProperties properties) {
        try (InputStream in = new ClassPathResource(properties.curriculum()).getInputStream()) {
            Read read = read(properties.curriculum(), in);
            this.version = read.version();
            this.modules = read.modules();
        } catch (IOException e) {
            throw new UncheckedIOException("IMR curriculum " + properties.curriculum() + " cannot be read", e);
        }
    }

    /** The curriculum's version. */
    public int version() {
        return version;
    }

    /** The modules in the standard order. */
    public List<ImrModule> modules() {
        return modules;
    }

    public Optional<ImrModule> find(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    record Read(int version, List<ImrModule> modules) {
    }

    record CurriculumFile(String catalog, Integer version, Map<String, String> source, List<Entry> modules) implements CatalogChecks.Header {
    }

    record Entry(String id, Integer number, Map<String, String> names) {
    }

    /** Reads and checks a curriculum file; {@code name} is only used in messages. */
    static Read read(String name, InputStream in) {
        CurriculumFile file = CatalogChecks.readFile(CATALOG, name, in, CurriculumFile.class);
        CatalogChecks.require(CATALOG, name, "modules",
                file.modules() != null && file.modules().size() == STANDARD_MODULES,
                "must be the " + STANDARD_MODULES + " standard modules");
        List<ImrModule> modules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.modules().size(); i++) {
            Entry e = file.modules().get(i);
            String where = name + ", module " + (e == null || e.id() == null ? "#" + (i + 1) : e.id());
            CatalogChecks.require(CATALOG, where, "entry", e != null, "is empty");
            CatalogChecks.require(CATALOG, where, "id", e.id() != null && e.id().matches("[A-Z][A-Z_]{0,39}"),
                    "is missing or not of the form COPING_WITH_STRESS");
            CatalogChecks.require(CATALOG, where, "id", ids.add(e.id()), "is used twice");
            CatalogChecks.require(CATALOG, where, "number", e.number() != null && e.number() == i + 1,
                    "must be " + (i + 1) + " (the modules are listed in their standard order)");
            CatalogChecks.requireLanguages(CATALOG, where, "names", e.names());
            modules.add(new ImrModule(e.id(), e.number(), Map.copyOf(e.names())));
        }
        return new Read(file.version(), List.copyOf(modules));
    }
}
