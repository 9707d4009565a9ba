/**
 * 用户与权限: users, their role and departments, login for pages (form) and API (HTTP Basic or
 * personal API tokens as Bearer), user administration, password rules, the OpenAPI
 * document.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package io.github.perfeval.account;
