package io.github.perfeval.framework.web;

/** No framework of that code, or no such version of it. */
class FrameworkNotFoundException extends RuntimeException {

	private final String code;

	private final Integer version;

	FrameworkNotFoundException(String code, Integer version) {
		super("No framework " + code + (version == null ? "" : " v" + version));
		this.code = code;
		this.version = version;
	}

	String code() {
		return code;
	}

	Integer version() {
		return version;
	}

}
