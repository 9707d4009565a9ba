package io.github.perfeval.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice's {@code soffice}, to open an office file the way a reader's machine does
 * and turn it into PDF. Found from {@code -Dperfeval.soffice}, else {@code SOFFICE}, else
 * {@code soffice} / {@code libreoffice} on the {@code PATH}, else Debian's places. When
 * it is missing the test is skipped with a line saying how to install it, except under
 * {@code CI=true}, where that is a failure (as for the browser tests).
 */
public final class LibreOffice {

	public static final String HOW_TO_ENABLE = "apt-get install libreoffice-writer-nogui";

	private static final List<Path> FALLBACKS = List.of(Path.of("/usr/bin/soffice"),
			Path.of("/usr/lib/libreoffice/program/soffice"));

	private final Path soffice;

	private LibreOffice(Path soffice) {
		this.soffice = soffice;
	}

	/** The soffice of this machine; skips or (under CI) fails the test without one. */
	public static LibreOffice onThisMachine() {
		List<Path> candidates = new ArrayList<>();
		String configured = System.getProperty("perfeval.soffice");
		if (configured == null || configured.isBlank()) {
			configured = System.getenv("SOFFICE");
		}
		if (configured != null && !configured.isBlank()) {
			candidates.add(Path.of(configured.strip()));
		}
		else {
			for (String directory : BrowserLookup.pathDirectories(System.getenv("PATH"))
				.stream()
				.map(Path::toString)
				.toList()) {
				candidates.add(Path.of(directory, "soffice"));
				candidates.add(Path.of(directory, "libreoffice"));
			}
			candidates.addAll(FALLBACKS);
		}
		String missing = "no LibreOffice (soffice) found (looked for " + candidates + ")";
		for (Path candidate : candidates) {
			if (BrowserLookup.isExecutableFile(candidate)) {
				if (hasWriter(candidate)) {
					return new LibreOffice(candidate);
				}
				missing = candidate + " has no Writer (only " + HOW_TO_ENABLE + " brings it)";
				break;
			}
		}
		String message = missing + ". To run this test: " + HOW_TO_ENABLE + " (or set -Dperfeval.soffice or SOFFICE).";
		if ("true".equalsIgnoreCase(String.valueOf(System.getenv("CI")).strip())) {
			return Assertions.fail("LibreOffice test cannot run under CI=true: " + message);
		}
		Assumptions.abort("LibreOffice test SKIPPED: " + message);
		throw new IllegalStateException("unreachable");
	}

	/**
	 * Whether Writer is installed beside this soffice: Debian's Calc package brings
	 * soffice too, and without Writer soffice loads no .docx.
	 */
	private static boolean hasWriter(Path soffice) {
		try {
			Path program = soffice.toRealPath().getParent();
			try (Stream<Path> files = Files.list(program)) {
				List<String> names = files.map(file -> file.getFileName().toString()).toList();
				return names.contains("libswlo.so") || names.stream().noneMatch(name -> name.endsWith("lo.so"));
			}
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Converts a .docx (written as {@code <name>.docx}) to PDF, in a profile of its own
	 * (so that it runs beside any other soffice), and keeps the PDF as
	 * {@code target/report-samples/<name>.lo.pdf} for a person to look at.
	 */
	public byte[] toPdf(byte[] docx, String name) {
		Path work = null;
		try {
			work = Files.createTempDirectory("perfeval-soffice");
			Path input = work.resolve(name + ".docx");
			Files.write(input, docx);
			Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore", "--nologo",
					"-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
					work.toString(), input.toString())
				.redirectErrorStream(true)
				.redirectOutput(work.resolve("soffice.log").toFile())
				.start();
			if (!process.waitFor(240, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return Assertions.fail("soffice took longer than 240 s to convert " + name);
			}
			Path pdf = work.resolve(name + ".pdf");
			if (!Files.isRegularFile(pdf)) {
				return Assertions.fail("soffice made no PDF (exit " + process.exitValue() + "): "
						+ Files.readString(work.resolve("soffice.log")));
			}
			byte[] content = Files.readAllBytes(pdf);
			Path samples = Path.of("target", "report-samples");
			Files.createDirectories(samples);
			Files.write(samples.resolve(name + ".lo.pdf"), content);
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			delete(work);
		}
	}

	private static void delete(Path directory) {
		if (directory == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind
		}
	}

}
