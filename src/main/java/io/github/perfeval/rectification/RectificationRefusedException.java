package io.github.perfeval.rectification;

import java.util.List;

/**
 * An act on a 整改事项 the rules refuse: {@code code} names the message
 * ({@code rectification.refused.<code>}), {@code args} its arguments.
 */
public class RectificationRefusedException extends RuntimeException {

	private final String code;

	private final List<Object> args;

	RectificationRefusedException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = List.of(args);
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.toArray();
	}

}
