package io.github.perfeval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a framework means lives in its data: no Java source and no template names a leaf
 * code of a shipped framework or an input the framework names itself (an input a rule
 * kind defines, such as a checklist's {@code items}, belongs to the engine and may be
 * named).
 */
class FrameworkKnowledgeTests {

	private static final Path MAIN = Path.of("src", "main");

	@Test
	void noSourceOrTemplateNamesALeafCodeOrAnInputOfAShippedFramework() throws IOException {
		Set<String> codes = new TreeSet<>();
		Set<String> inputs = new TreeSet<>();
		try (Stream<Path> files = Files.list(MAIN.resolve("resources/frameworks"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
				collect(JsonMapper.builder().build().readTree(Files.readString(file)).get("indicators"), codes, inputs);
			}
		}
		String engine = read(files(MAIN.resolve("java/io/github/perfeval/scoring"), ".java"));
		inputs.removeIf(name -> engine.contains("\"" + name + "\""));
		// Names that are also the engine's or the evaluation document's own: a
		// checklist's
		// items (input type ITEMS), a 绩效目标完成情况自评表 task's 预算数 (budgetTotal).
		inputs.removeAll(Set.of("items", "budgetTotal"));
		assertThat(codes).as("the shipped frameworks' leaf codes").contains("2.1.1");
		assertThat(inputs).as("the shipped frameworks' own inputs").contains("plannedAmount", "staffOnPayroll");

		List<String> found = new ArrayList<>();
		List<Path> sources = new ArrayList<>(files(MAIN.resolve("java"), ".java"));
		sources.addAll(files(MAIN.resolve("resources/templates"), ".html"));
		for (Path source : sources) {
			String text = Files.readString(source);
			codes.stream()
				.filter(code -> text.contains("\"" + code + "\"") || text.contains("'" + code + "'"))
				.forEach(code -> found.add(source + ": " + code));
			inputs.stream()
				.filter(name -> text.contains("\"" + name + "\"") || text.contains("'" + name + "'"))
				.forEach(name -> found.add(source + ": " + name));
		}
		assertThat(found).isEmpty();
	}

	private static void collect(JsonNode nodes, Set<String> codes, Set<String> inputs) {
		for (JsonNode node : nodes) {
			if (node.has("children") && !node.get("children").isEmpty()) {
				collect(node.get("children"), codes, inputs);
				continue;
			}
			codes.add(node.get("code").asString());
			if (node.has("inputs")) {
				node.get("inputs").propertyNames().forEach(inputs::add);
			}
		}
	}

	private static List<Path> files(Path root, String extension) {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(path -> path.toString().endsWith(extension)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(List<Path> files) {
		StringBuilder text = new StringBuilder();
		for (Path file : files) {
			try {
				text.append(Files.readString(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return text.toString();
	}

}
