package io.github.perfeval.account;

import io.github.perfeval.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The OpenAPI document: the API's endpoints, both security schemes, the error shape. */
@PostgresIntegrationTest
class ApiDocumentationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	io.github.perfeval.support.TestUsers users;

	/** The administrator as the tests know it (another test may have disabled it). */
	@org.junit.jupiter.api.BeforeEach
	void reset() {
		users.reset();
	}

	@Test
	void theDocumentListsTheEndpointsBothWaysToAuthenticateAndTheErrorShape() {
		assertThat(mvc.get().uri("/v3/api-docs").with(user(accounts.loadUserByUsername("admin")))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"openapi":"3.1.0",
							 "components":{"securitySchemes":{
							   "basicAuth":{"type":"http","scheme":"basic"},
							   "bearerAuth":{"type":"http","scheme":"bearer","bearerFormat":"pe_…"}},
							  "schemas":{"Errors":{"properties":{"errors":{"items":{"properties":{
							    "indicator":{},"field":{},"message":{}}}}}}}},
							 "security":[{"bearerAuth":[]},{"basicAuth":[]}],
							 "paths":{
							   "/api/score":{"post":{"responses":{"400":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Errors"}}}}}}},
							   "/api/evaluations":{"post":{}},
							   "/api/evaluations/{id}/sheet":{"get":{}},
							   "/api/admin/users":{"get":{},"post":{}}}}""");
	}

	@Test
	void pagesAreNotInTheDocument() {
		assertThat(mvc.get().uri("/v3/api-docs").with(user(accounts.loadUserByUsername("admin")))).bodyJson()
			.doesNotHavePath("$.paths['/admin']")
			.doesNotHavePath("$.paths['/account/tokens']");
	}

	@Test
	void theDocumentAndSwaggerUiAreForSignedInUsersOnly() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatus(401);
		// A script fetches it as it calls the API, with HTTP Basic (or its token).
		assertThat(mvc.get()
			.uri("/v3/api-docs")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("admin", io.github.perfeval.support.TestUsers.ADMIN_PASSWORD)))
			.hasStatusOk()
			.bodyText()
			.contains("/api/evaluations/{id}/evidence");
		assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/swagger-ui/index.html").with(user(accounts.loadUserByUsername("admin"))))
			.hasStatusOk()
			.bodyText()
			.contains("swagger-ui");
	}

}
