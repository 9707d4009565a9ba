package io.github.perfeval.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Testcontainers is asked for Docker only where something hints at a Docker engine. */
class DockerProbeTests {

	private static final Path HOME = Path.of("/home/me");

	private final AtomicInteger asked = new AtomicInteger();

	private boolean testcontainers() {
		asked.incrementAndGet();
		return true;
	}

	@Test
	void withoutAnyHintTestcontainersIsNeverAsked() {
		Optional<String> hint = DockerProbe.hint(Map.of("PATH", "/usr/bin"), HOME, OptionalInt.of(1000), false,
				path -> false);
		assertThat(hint).isEmpty();
		assertThat(DockerProbe.available(hint, this::testcontainers)).isFalse();
		assertThat(asked).hasValue(0);
	}

	@Test
	void dockerHostIsAHint() {
		Optional<String> hint = DockerProbe.hint(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2375"), HOME,
				OptionalInt.empty(), false, path -> false);
		assertThat(hint).contains("DOCKER_HOST=tcp://10.0.0.5:2375");
		assertThat(DockerProbe.available(hint, this::testcontainers)).isTrue();
		assertThat(asked).hasValue(1);
	}

	@Test
	void theUsualSocketsAreHints() {
		for (String socket : Set.of("/var/run/docker.sock", "/run/user/1000/docker.sock", "/run/me/docker.sock",
				"/home/me/.docker/run/docker.sock", "/home/me/.docker/desktop/docker.sock")) {
			assertThat(DockerProbe.hint(Map.of("XDG_RUNTIME_DIR", "/run/me"), HOME, OptionalInt.of(1000), false,
					Path.of(socket)::equals))
				.as(socket)
				.contains(socket);
		}
	}

	@Test
	void aTestcontainersConfigurationAndWindowsAreHints() {
		assertThat(DockerProbe.hint(Map.of(), HOME, OptionalInt.empty(), false,
				Path.of("/home/me/.testcontainers.properties")::equals))
			.contains("/home/me/.testcontainers.properties");
		assertThat(DockerProbe.hint(Map.of(), HOME, OptionalInt.empty(), true, path -> false)).contains("Windows");
	}

}
