package org.throughcare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure holds: no module uses another's internals or a module it has not declared among its
 * allowed dependencies, and there are no cycles. Also writes the module diagrams and canvases README links to
 * (docs/modules), so they always show the code as it is.
 */
class ModularityTests {

    static final Path DOCS = Path.of("docs", "modules");

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
                        "person",
                        "calendar",
                        "referral",
                        "compliance",
                        "treatment",
                        "dashboard",
                        "demo");
    }

    @Test
    void writesModuleDiagramsIntoTheDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(DOCS.resolve("components.puml")).exists();
        assertThat(Files.readString(DOCS.resolve("components.puml"))).contains("Custody", "Person");
    }

    /** The same structure as a Mermaid graph, which GitHub draws where it shows docs/modules/README.md. */
    @Test
    void writesTheModuleGraphForGithub() throws IOException {
        StringBuilder graph = new StringBuilder("""
                # Modules

                Written by `ModularityTests` from the code itself; the PlantUML diagrams and module canvases
                beside this file come from Spring Modulith's Documenter. An arrow means "uses".

                ```mermaid
                flowchart LR
                """);
        modules.stream()
                .sorted(Comparator.comparing(module -> module.getIdentifier().toString()))
                .forEach(module -> module.getDependencies(modules)
                        .uniqueModules()
                        .map(target -> target.getIdentifier().toString())
                        .sorted()
                        .forEach(target -> graph.append("    ")
                                .append(module.getIdentifier())
                                .append(" --> ")
                                .append(target)
                                .append('\n')));
        graph.append("```\n");
        Files.writeString(DOCS.resolve("README.md"), graph);
        assertThat(graph).contains("custody --> person");
    }
}
