package io.github.perfeval.evaluation.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.perfeval.support.TestDatabase;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the multipart limit, through the real servlet container (which refuses
 * it while reading the parameters, before Spring MVC): the Chinese error page with the
 * limit, not a general failure and not a reset connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "perfeval.admin.username=admin", "perfeval.admin.password=" + TestUsers.ADMIN_PASSWORD })
@Import({ TestDatabase.class, TestUsers.class })
class UploadLimitServerTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void aFileOverTheUploadLimitGetsTheErrorPageWithTheLimit() throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String login = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		String form = "username=admin&password=" + URLEncoder.encode(TestUsers.ADMIN_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + token(login);
		String home = client
			.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(home).contains("部门整体支出绩效自评");

		String boundary = "----perfeval";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(new byte[27 * 1024 * 1024]);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> refused = client
			.send(HttpRequest.newBuilder(uri("/evaluations/import?_csrf=" + token(home)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("上传的文件太大，未处理：文件不超过 25 MB。").doesNotContain("系统出现错误");
	}

	@Test
	void theErrorPageAskedForByItsAddressDoesNotExist() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("页面不存在").doesNotContain("系统出现错误", "999");
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String token(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

}
