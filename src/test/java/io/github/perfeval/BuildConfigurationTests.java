package io.github.perfeval;

import java.io.File;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What pom.xml promises the README's two commands: {@code ./mvnw spring-boot:run} is not
 * stopped by the style check and keeps its embedded PostgreSQL; {@code ./mvnw verify}
 * checks the style; the deployable jar has no embedded PostgreSQL.
 */
class BuildConfigurationTests {

	/** Maven's default lifecycle up to verify. */
	private static final List<String> LIFECYCLE = List.of("validate", "initialize", "generate-sources",
			"process-sources", "generate-resources", "process-resources", "compile", "process-classes",
			"generate-test-sources", "process-test-sources", "generate-test-resources", "process-test-resources",
			"test-compile", "process-test-classes", "test", "prepare-package", "package", "pre-integration-test",
			"integration-test", "post-integration-test", "verify");

	private final XPath xpath = XPathFactory.newInstance().newXPath();

	private final Document pom = parse();

	private static Document parse() {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String value(String expression) throws Exception {
		return xpath.evaluate(expression, pom).strip();
	}

	@Test
	void theStyleCheckRunsInVerifyAfterTheLifecycleThatSpringBootRunForks() throws Exception {
		String phase = value(
				"/project/build/plugins/plugin[artifactId='spring-javaformat-maven-plugin']/executions/execution[goals/goal='validate']/phase");
		assertThat(LIFECYCLE).contains(phase);
		// spring-boot:run forks the lifecycle up to test-compile (its @Execute phase).
		assertThat(LIFECYCLE.indexOf(phase)).as("phase " + phase)
			.isGreaterThan(LIFECYCLE.indexOf("test-compile"))
			.isLessThanOrEqualTo(LIFECYCLE.indexOf("verify"));
	}

	@Test
	void onlyTheRepackagedJarLeavesTheEmbeddedPostgreSqlOut() throws Exception {
		String plugin = "/project/build/plugins/plugin[artifactId='spring-boot-maven-plugin']";
		// Excludes on the plugin's own configuration would take it from spring-boot:run
		// too.
		assertThat(value(plugin + "/configuration/excludeGroupIds")).isEmpty();
		assertThat(value("count(" + plugin + "/configuration/excludes/exclude)")).isEqualTo("0");
		assertThat(value(plugin + "/executions/execution[id='repackage']/configuration/excludeGroupIds").split(","))
			.containsExactlyInAnyOrder("io.zonky.test", "io.zonky.test.postgres");
	}

}
