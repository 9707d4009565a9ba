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
// MockMvc carries a session as a MockHttpSession, not as a cookie: these tests keep the
// container's session; the real-server tests (ServerTest, ScaleOutTests) run the sessions
// in
// PostgreSQL (Spring Session JDBC) as production does.
@SpringBootTest(properties = { "perfeval.admin.username=admin", "perfeval.admin.password=" + TestUsers.ADMIN_PASSWORD,
		"perfeval.exports.workers=0",
		"spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, TestUsers.class })
public @interface PostgresIntegrationTest {

}
