package org.throughcare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ThroughcareApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains(
                        "audit",
                        "user",
                        "web",
                        "database",
                        "custody",
                        "referral",
                        "compliance",
                        "treatment",
                        "dashboard",
                        "demo");
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
