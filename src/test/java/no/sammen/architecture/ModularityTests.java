package no.sammen.architecture;

import no.sammen.SammenApplication;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries; the module documentation is written to target/. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SammenApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
