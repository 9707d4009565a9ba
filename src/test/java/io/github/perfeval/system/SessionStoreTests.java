package io.github.perfeval.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.perfeval.support.Race;
import io.github.perfeval.support.ServerTest;
import io.github.perfeval.support.TestUsers;
import io.github.perfeval.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests of one session at the same moment that each add the same session attribute
 * (here the flash a redirect carries): each is answered, none is a server error.
 */
@ServerTest
class SessionStoreTests {

	@LocalServerPort
	int port;

	@Test
	void requestsOfOneSessionAtTheSameMomentAddingTheSameAttributeAreEachAnswered() {
		WebSession admin = WebSession.logIn("http://localhost:" + port, "admin", TestUsers.ADMIN_PASSWORD);
		List<Integer> statuses = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			// Reading the page takes the flash of the round before: the attribute is
			// gone.
			assertThat(admin.get("/account/tokens").body()).contains("API 令牌");
			List<Callable<Integer>> tasks = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
				form.add("name", "race " + round + "-" + i);
				tasks.add(() -> {
					HttpResponse<String> response = admin.post("/account/tokens", form);
					return response.statusCode();
				});
			}
			statuses.addAll(Race.run(tasks));
		}
		assertThat(statuses).hasSize(40).containsOnly(302);
		assertThat(admin.get("/account/tokens").body()).contains("race 4-");
	}

}
