package io.github.perfeval.system;

/** Guards for user text written into office files (Excel, Word). */
public final class OfficeText {

	private OfficeText() {
	}

	/**
	 * True for text that a spreadsheet could take for a formula
	 * ({@code =cmd|' /C calc'!A0}, {@code +1}, {@code -1}, {@code @SUM(…)}, or a leading
	 * tab or carriage return): such text is written with the quote prefix, so that Excel
	 * shows it and never evaluates it.
	 */
	public static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '＝' || first == '＋' || first == '－' || first == '＠';
	}

	/** Removes characters that XML 1.0 (and so OOXML) cannot hold. */
	public static String xml(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| c >= 0x10000)
			.forEach(clean::appendCodePoint);
		return clean.toString();
	}

	/** The most characters an Excel cell holds. */
	public static final int MAX_CELL_LENGTH = 32_767;

	/**
	 * Text for a spreadsheet cell: what XML cannot hold removed, and cut (with "…") to
	 * what a cell can hold, so a long text never fails the whole file.
	 */
	public static String cell(String text) {
		String clean = xml(text);
		if (clean.length() <= MAX_CELL_LENGTH) {
			return clean;
		}
		int end = MAX_CELL_LENGTH - 1;
		if (Character.isHighSurrogate(clean.charAt(end - 1))) {
			end--;
		}
		return clean.substring(0, end) + "…";
	}

}
