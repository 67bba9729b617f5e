package org.throughcare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

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
        sortRelations();
        assertThat(DOCS.resolve("components.puml")).exists();
        assertThat(Files.readString(DOCS.resolve("components.puml"))).contains("Custody", "Person");
    }

    /**
     * The Documenter writes a diagram's relations in an order that changes from run to run; sorted, the files
     * change only when the structure does, and a test run leaves no change behind.
     */
    private static void sortRelations() throws IOException {
        try (var diagrams = Files.list(DOCS)) {
            for (var diagram :
                    diagrams.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(diagram);
                List<String> relations = lines.stream()
                        .filter(l -> l.startsWith("Rel("))
                        .sorted()
                        .toList();
                List<String> sorted = new ArrayList<>();
                Iterator<String> next = relations.iterator();
                for (String line : lines) {
                    sorted.add(line.startsWith("Rel(") ? next.next() : line);
                }
                Files.write(diagram, sorted);
            }
        }
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
