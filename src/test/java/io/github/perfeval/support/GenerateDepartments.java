package io.github.perfeval.support;

import io.github.perfeval.PerfEvalApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills the database the application is configured with ({@code SPRING_DATASOURCE_URL} …)
 * with {@link GeneratedDepartments}, to look at the overview, the charts and the batch
 * exports with thousands of departments, or to load-test them:
 * {@code scripts/generate-departments.sh [count] [seed]}. Meant for a database of its
 * own: it refuses none, but a database with departments of another generation is emptied.
 */
public final class GenerateDepartments {

	private GenerateDepartments() {
	}

	public static void main(String[] args) {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : GeneratedDepartments.COUNT;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : GeneratedDepartments.SEED;
		SpringApplication application = new SpringApplication(PerfEvalApplication.class, GeneratedDepartments.class);
		// A servlet context (the security configuration needs its HttpSecurity) on a free
		// port, closed with the context.
		application.setDefaultProperties(java.util.Map.of("server.port", "0"));
		try (ConfigurableApplicationContext context = application.run()) {
			GeneratedDepartments.Generated generated = context.getBean(GeneratedDepartments.class).ensure(count, seed);
			System.out.printf("%d departments, %d evaluations of %s (seed %d)%n", generated.departments(),
					generated.evaluations(), generated.years(), generated.seed());
		}
	}

}
