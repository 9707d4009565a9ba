package io.github.perfeval.account;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one password rule: its boundaries and each reason it gives. */
class PasswordRuleTest {

	@ParameterizedTest(name = "{0} characters of ''{1}'' → {2}")
	@CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
			0  | a  | password.tooShort
			9  | ab | password.tooShort
			10 | ab | NONE
			64 | ab | NONE
			65 | ab | password.tooLong
			10 | '  ' | password.onlySpaces
			12 | '　' | password.onlySpaces
			10 | a  | password.oneCharacter
			20 | 我 | password.oneCharacter
			24 | 绩效 | NONE
			25 | 绩效 | password.tooManyBytes
			""")
	void refusesWhatIsTooShortTooLongOnlySpacesOrOneCharacter(int length, String characters, String problem) {
		String password = characters.repeat(64)
			.codePoints()
			.limit(length)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		assertThat(PasswordRule.problem(password)).isEqualTo(Optional.ofNullable(problem));
	}

}
