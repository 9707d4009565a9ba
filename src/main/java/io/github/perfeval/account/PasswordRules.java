package io.github.perfeval.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not the user
 * name, not one of the most common passwords ({@code account/common-passwords.txt}). One
 * method, {@link #problems}, so a stricter policy can take its place.
 */
@Component
public class PasswordRules {

	public static final int MIN_LENGTH = 10;

	private final Set<String> common;

	PasswordRules() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			this.common = reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The message codes of what is wrong with this password for this user; empty when
	 * none.
	 */
	public List<String> problems(String username, String password) {
		List<String> problems = new ArrayList<>();
		String typed = password == null ? "" : password;
		if (typed.codePointCount(0, typed.length()) < MIN_LENGTH) {
			problems.add("password.tooShort");
		}
		if (username != null && !username.isBlank() && typed.strip().equalsIgnoreCase(username.strip())) {
			problems.add("password.username");
		}
		else if (common.contains(typed.strip().toLowerCase(Locale.ROOT))) {
			problems.add("password.common");
		}
		return problems;
	}

}
