package io.github.perfeval.evidence;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.tika.Tika;

/**
 * What an uploaded file is, by its content, and the name it is kept under: the last part
 * of whatever path the browser sent, without control, direction-changing or reserved
 * characters, at most {@link #MAX_NAME} characters, its extension the one its content
 * has.
 */
final class FileCheck {

	/** The longest name kept (the column's length). */
	static final int MAX_NAME = 200;

	private static final Tika TIKA = new Tika();

	private static final java.util.Set<String> UNRECOGNISED = java.util.Set.of("application/octet-stream",
			"text/plain");

	private FileCheck() {
	}

	/** A file that passed: its clean name and its type. */
	record Checked(String name, FileType type) {
	}

	/**
	 * The file's clean name and type; {@link EvidenceRefusedException} if its content is
	 * none of the {@link FileType}s or disagrees with its name's extension.
	 * @param unnamed the name a file without one gets (its extension is added)
	 */
	static Checked check(String originalName, byte[] content, String leafCode, String unnamed) {
		String name = cleanName(originalName);
		String extension = extension(name);
		// The content alone must say what it is (the name then only tells apart the kinds
		// of
		// one container, e.g. a .docx among zips): bytes nothing recognises are refused
		// whatever they are called.
		String magic = TIKA.detect(content);
		Optional<FileType> type = UNRECOGNISED.contains(magic) ? Optional.empty()
				: FileType.of(TIKA.detect(content, name), extension);
		if (type.isEmpty() || (type.get().zipEntry() != null && !hasEntry(content, type.get().zipEntry()))) {
			throw new EvidenceRefusedException("type", leafCode, name);
		}
		FileType kind = type.get();
		String base = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
		if (!extension.isEmpty() && !kind.hasExtension(extension)) {
			if (FileType.of(mediaTypeOfExtension(name), extension).isPresent()) {
				throw new EvidenceRefusedException("disguised", leafCode, name,
						kind.extension().toUpperCase(Locale.ROOT), extension);
			}
			// A dot inside a name ("2024.03 会议纪要") is no extension.
			base = name;
		}
		base = base.strip().replaceFirst("[. ]+$", "");
		if (base.isBlank()) {
			base = unnamed;
		}
		int room = MAX_NAME - kind.extension().length() - 1;
		if (base.length() > room) {
			base = base.substring(0, Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room).strip();
		}
		return new Checked(base + "." + kind.extension(), kind);
	}

	/**
	 * The last part of the path, NFC, without control, format (e.g. right-to-left
	 * override) and reserved characters, spaces run together, no leading dots or spaces,
	 * no trailing dots.
	 */
	static String cleanName(String original) {
		if (original == null) {
			return "";
		}
		String name = Normalizer.normalize(original, Normalizer.Form.NFC);
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints().forEach(c -> {
			int kind = Character.getType(c);
			boolean drop = Character.isISOControl(c) || kind == Character.FORMAT || kind == Character.SURROGATE
					|| kind == Character.PRIVATE_USE || kind == Character.UNASSIGNED || "<>:\"|?*".indexOf(c) >= 0;
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				clean.append(' ');
			}
			else if (!drop) {
				clean.appendCodePoint(c);
			}
		});
		String result = clean.toString().replaceAll(" {2,}", " ").strip();
		result = result.replaceFirst("^[. ]+", "").replaceFirst("[. ]+$", "");
		return result;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String mediaTypeOfExtension(String name) {
		return TIKA.detect(name);
	}

	private static boolean hasEntry(byte[] zip, String entry) {
		try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
			return file.getEntry(entry) != null;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
