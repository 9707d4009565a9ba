package io.github.perfeval.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 3.4.1: 1 if the channel exists, 1 if replied = received, 1 if on time = received; none
 * received gives both.
 */
class FlagRuleTest {

	@ParameterizedTest(name = "3.4.1 channel {0}, received {1}, replied {2}, on time {3} → {4}")
	@CsvSource(textBlock = """
			true,  335, 335, 335, 3.00
			false, 335, 335, 335, 2.00
			true,  0,   0,   0,   3.00
			false, 0,   0,   0,   2.00
			true,  10,  10,  9,   2.00
			true,  10,  9,   9,   1.00
			true,  10,  9,   10,  2.00
			false, 10,  0,   0,   0.00
			true,  1,   0,   0,   1.00
			""")
	void petitions(boolean channel, int received, int replied, int onTime, String expected) {
		SzCommon.Scored scored = score("3.4.1", "channelEstablished", channel, "petitionsReceived", received,
				"petitionsReplied", replied, "petitionsRepliedOnTime", onTime);
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "3.4.1 received {0}, replied {1}, on time {2}: {3} exceeds")
	@CsvSource(textBlock = """
			10, 11, 10, petitionsReplied
			10, 10, 11, petitionsRepliedOnTime
			0,  1,  0,  petitionsReplied
			""")
	void moreRepliesThanPetitionsIsRejected(int received, int replied, int onTime, String field) {
		SzCommon.Scored scored = score("3.4.1", "channelEstablished", true, "petitionsReceived", received,
				"petitionsReplied", replied, "petitionsRepliedOnTime", onTime);
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple(field, "exceedsDenominator", List.of("当年度受理群众信访件数")));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void theChannelMustBeABoolean() {
		SzCommon.Scored scored = score("3.4.1", "channelEstablished", "true", "petitionsReceived", 1,
				"petitionsReplied", 1, "petitionsRepliedOnTime", 1);
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("channelEstablished", "notBoolean"));
		assertThat(scored.computed()).isNull();
	}

}
