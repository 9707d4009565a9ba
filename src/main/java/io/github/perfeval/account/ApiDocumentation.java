package io.github.perfeval.account;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document of {@code /api/**} ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}, both for signed-in users): the two ways to authenticate, and
 * the error shape every 400 / 401 / 403 / 413 of the API has.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BASIC = "basicAuth";

	static final String BEARER = "bearerAuth";

	static final String ERRORS = "Errors";

	private static Schema<?> errorsSchema() {
		Schema<?> error = new ObjectSchema().description("一个问题")
			.addProperty("indicator", new StringSchema().nullable(true).description("指标代码，如 2.1.1；与指标无关时为 null"))
			.addProperty("field", new StringSchema().nullable(true).description("字段，如 plannedAmount；整体问题时为 null"))
			.addProperty("message", new StringSchema().description("中文说明"));
		Schema<?> errors = new ObjectSchema().description("被拒绝的请求：一次列出全部问题")
			.addProperty("errors", new ArraySchema().items(error))
			.required(List.of("errors"));
		return errors;
	}

	@Bean
	OpenAPI perfEvalOpenApi() {
		return new OpenAPI()
			.info(new Info().title("绩效自评 API")
				.version("v1")
				.description("部门整体支出绩效自评的 JSON 接口。认证：个人 API 令牌（Authorization: Bearer pe_…，在“API 令牌”页面创建）"
						+ "或 HTTP Basic（用户名和密码）。"))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic").description("用户名和密码（与登录页相同）"))
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("pe_…")
							.description("个人 API 令牌，在“API 令牌”页面创建，只显示一次")))
			.security(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(BASIC)));
	}

	/**
	 * Every API operation can answer 400, 401 and 403 in the error shape (added here,
	 * after springdoc has dropped the schemas no operation of its own refers to).
	 */
	@Bean
	OpenApiCustomizer errorResponses() {
		return openApi -> {
			openApi.getComponents().addSchemas(ERRORS, errorsSchema());
			addErrorResponses(openApi);
		};
	}

	private static void addErrorResponses(OpenAPI openApi) {
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			Map<String, String> refusals = Map.of("400", "请求有误（全部问题）", "401", "未登录，或令牌无效、已撤销，或用户已停用", "403", "无权访问");
			refusals.forEach((status, description) -> {
				if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
					operation.getResponses()
						.addApiResponse(status, new ApiResponse().description(description)
							.content(new Content().addMediaType("application/json",
									new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERRORS)))));
				}
			});
		}));
	}

}
