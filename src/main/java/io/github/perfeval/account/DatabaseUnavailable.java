package io.github.perfeval.account;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.TransactionException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database that does not answer, wherever a request meets it, is 服务暂时不可用 (503): a page
 * that says so, or the API's error shape on {@code /api/**}, never a server error. It
 * runs before the session filter, which reads the session from the database before any
 * page or login can answer, and before Spring Security; it answers only while the
 * response is not yet committed.
 */
class DatabaseUnavailable extends OncePerRequestFilter {

	private final ITemplateEngine templates;

	private final ApiErrorResponses api;

	DatabaseUnavailable(ITemplateEngine templates, ApiErrorResponses api) {
		this.templates = templates;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException | IOException ex) {
			if (!unavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn(
					"The database does not answer: " + request.getMethod() + " " + request.getRequestURI() + " is 503");
			response.reset();
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				api.write(response, HttpStatus.SERVICE_UNAVAILABLE.value(), "api.unavailable");
				return;
			}
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", "30");
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding("UTF-8");
			WebContext page = new WebContext(
					JakartaServletWebApplication.buildApplication(request.getServletContext())
						.buildExchange(request, response),
					Locale.SIMPLIFIED_CHINESE,
					Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "messageKey", "error.unavailable"));
			templates.process("error", page, response.getWriter());
		}
	}

	/**
	 * A connection the server ended or lost: SQLState class 08 (connection exception) or
	 * 57P (the server shutting down, e.g. "terminating connection due to administrator
	 * command"), or a transaction the connection could no longer end.
	 */
	private static boolean lostConnection(Throwable cause) {
		if (cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
			// A rollback or commit the connection could not take: the server went away
			// mid-transaction (the failure that led to the rollback is only logged).
			return true;
		}
		return cause instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
	}

	/**
	 * Whether the failure is the database not answering (no connection), not an error of
	 * ours.
	 */
	static boolean unavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || lostConnection(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
