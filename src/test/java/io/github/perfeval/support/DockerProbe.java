package io.github.perfeval.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Asks Testcontainers for Docker only where a Docker engine may run: a
 * {@code DOCKER_HOST}, a Testcontainers configuration file, Windows (named pipes), or one
 * of the Unix sockets Testcontainers tries. Elsewhere Testcontainers is never asked, so a
 * machine without Docker gets no "Could not find a valid Docker environment" ERROR in
 * every build.
 */
final class DockerProbe {

	private DockerProbe() {
	}

	/**
	 * Why a Docker engine may be reachable, or empty when nothing hints at one.
	 * @param env the environment ({@code DOCKER_HOST}, {@code XDG_RUNTIME_DIR})
	 * @param home the user's home directory
	 * @param uid the user's numeric id, for {@code /run/user/<uid>/docker.sock}
	 * @param windows whether this is Windows
	 * @param exists whether a path exists
	 */
	static Optional<String> hint(Map<String, String> env, Path home, OptionalInt uid, boolean windows,
			Predicate<Path> exists) {
		String dockerHost = env.get("DOCKER_HOST");
		if (dockerHost != null && !dockerHost.isBlank()) {
			return Optional.of("DOCKER_HOST=" + dockerHost);
		}
		Path properties = home.resolve(".testcontainers.properties");
		if (exists.test(properties)) {
			return Optional.of(properties.toString());
		}
		if (windows) {
			return Optional.of("Windows");
		}
		return sockets(env, home, uid).stream().filter(exists).findFirst().map(Path::toString);
	}

	static List<Path> sockets(Map<String, String> env, Path home, OptionalInt uid) {
		List<Path> sockets = new ArrayList<>();
		sockets.add(Path.of("/var/run/docker.sock"));
		String runtime = env.get("XDG_RUNTIME_DIR");
		if (runtime != null && !runtime.isBlank()) {
			sockets.add(Path.of(runtime, "docker.sock"));
		}
		uid.ifPresent(id -> sockets.add(Path.of("/run/user", Integer.toString(id), "docker.sock")));
		sockets.add(home.resolve(".docker/run/docker.sock"));
		sockets.add(home.resolve(".docker/desktop/docker.sock"));
		return sockets;
	}

	/** Testcontainers is asked only when there is a hint. */
	static boolean available(Optional<String> hint, BooleanSupplier testcontainers) {
		return hint.isPresent() && testcontainers.getAsBoolean();
	}

	/** {@link #hint} for this machine. */
	static Optional<String> hintOnThisMachine() {
		Path home = Path.of(System.getProperty("user.home"));
		return hint(System.getenv(), home, uid(home), System.getProperty("os.name", "").startsWith("Windows"),
				Files::exists);
	}

	/**
	 * The owner's uid of the home folder, where the file system has one (the "unix" view
	 * is missing on Windows, which Files.getAttribute reports by throwing).
	 */
	private static OptionalInt uid(Path home) {
		try {
			return OptionalInt.of((Integer) Files.getAttribute(home, "unix:uid"));
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException ex) {
			return OptionalInt.empty();
		}
	}

}
