/**
 * 审计记录: who changed what in an evaluation, and when (imports, overrides, status changes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package io.github.perfeval.audit;
