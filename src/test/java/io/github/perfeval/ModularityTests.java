package io.github.perfeval;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules depend on each other only through their public API. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PerfEvalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramForTheReadme() throws Exception {
		Documenter documenter = new Documenter(modules);
		documenter.writeModulesAsPlantUml();
		Path diagram = Path.of("target", "spring-modulith-docs", "components.puml");
		assertThat(Files.readString(diagram)).contains("Scoring", "Evaluation", "Framework", "Account");
	}

}
