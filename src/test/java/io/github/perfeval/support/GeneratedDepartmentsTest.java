package io.github.perfeval.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application, driven through MockMvc, on the database of
 * {@link GeneratedDepartments} ({@link GeneratedDatabase}): call
 * {@code GeneratedDepartments.ensure()} before the first request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "perfeval.admin.username=admin", "perfeval.admin.password=" + TestUsers.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = GeneratedDatabase.class)
@Import({ TestDatabase.class, TestUsers.class, GeneratedDepartments.class })
public @interface GeneratedDepartmentsTest {

}
