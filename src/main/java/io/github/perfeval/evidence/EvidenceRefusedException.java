package io.github.perfeval.evidence;

import java.util.List;

/**
 * An upload or a deletion refused, with the message key ({@code evidence.refused.*}) and
 * arguments that say why, and the leaf it concerned.
 */
public class EvidenceRefusedException extends RuntimeException {

	private final String code;

	private final List<Object> args;

	private final String leafCode;

	public EvidenceRefusedException(String code, String leafCode, Object... args) {
		super("Evidence refused: " + code);
		this.code = code;
		this.leafCode = leafCode;
		this.args = List.of(args);
	}

	/** The message key's last part. */
	public String code() {
		return code;
	}

	public Object[] args() {
		return args.toArray();
	}

	public String leafCode() {
		return leafCode;
	}

	private String leafName;

	/**
	 * The leaf's name as the page shows it (null: unknown, or the evaluation as a whole).
	 */
	public String leafName() {
		return leafName;
	}

	EvidenceRefusedException naming(EvidenceOwner.Scope scope) {
		if (leafCode != null && leafName == null) {
			leafName = scope.leafName(leafCode);
		}
		return this;
	}

	/**
	 * Refused because of the evaluation's state or the viewer's role: not a problem of
	 * the file.
	 */
	public boolean isConflict() {
		return code.equals("notEditable") || code.equals("itemClosed");
	}

	/** Refused because the viewer is not one who changes the evaluation's files. */
	public boolean isForbidden() {
		return code.equals("notFiller");
	}

}
