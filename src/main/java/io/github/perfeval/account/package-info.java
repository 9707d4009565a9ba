/**
 * 用户与权限: users, their role and departments, login for pages (form) and API (HTTP Basic).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package io.github.perfeval.account;
