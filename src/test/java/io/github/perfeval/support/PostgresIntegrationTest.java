package io.github.perfeval.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real PostgreSQL ({@link TestDatabase}), driven through
 * MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// No export worker runs in the background of the tests: the export tests start their own.
@SpringBootTest(properties = { "perfeval.admin.username=admin", "perfeval.admin.password=" + TestUsers.ADMIN_PASSWORD,
		"perfeval.exports.workers=0" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, TestUsers.class })
public @interface PostgresIntegrationTest {

}
