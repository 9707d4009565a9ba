/**
 * Web and database plumbing shared by every module: the embedded PostgreSQL of the
 * zero-set-up run, error responses, message resolution.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.github.perfeval.system;
