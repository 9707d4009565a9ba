package io.github.perfeval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 绩效自评：部门整体支出绩效自评. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PerfEvalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PerfEvalApplication.class, args);
	}

}
