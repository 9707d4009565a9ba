package io.github.perfeval.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port and a real PostgreSQL ({@link TestDatabase}),
 * driven over real HTTP: each request on its own server thread and transaction. The same
 * context as the browser tests', so they share one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "perfeval.admin.username=admin", "perfeval.admin.password=" + TestUsers.ADMIN_PASSWORD })
@Import({ TestDatabase.class, TestUsers.class })
public @interface ServerTest {

}
