package io.github.perfeval.evaluation;

/** A change of 个性指标 or weights refused, with all its problems; nothing was stored. */
public class InvalidCustomizationException extends RuntimeException {

	private final transient CustomizationCheck check;

	InvalidCustomizationException(CustomizationCheck check) {
		super("Customization refused: " + check.violations());
		this.check = check;
	}

	public CustomizationCheck check() {
		return check;
	}

}
