package io.github.perfeval.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * What one request costs the database and the engine, counted on the thread that asks
 * ({@link #measure}): the SQL statements executed (a JDBC batch counts once), the
 * transactions (each commit or rollback, and each statement run in auto-commit), the
 * connections taken from the pool, and the scorings ({@code perfeval.scorings}, counted
 * by {@code EvaluationService}). The application's {@link DataSource} is wrapped for
 * this; nothing else changes. Imported, not scanned.
 */
public class RequestWork {

	/** What one measured call did. */
	public record Work(int statements, int transactions, int connections, int scorings, List<String> sql) {

		@Override
		public String toString() {
			return statements + " statements, " + transactions + " transactions, " + connections + " connections, "
					+ scorings + " scorings";
		}

	}

	private static volatile Thread measured;

	private static final List<String> SQL = Collections.synchronizedList(new ArrayList<>());

	private static int statements;

	private static int transactions;

	private static int connections;

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource)
						: bean;
			}

		};
	}

	/** Runs {@code call} and counts what it did on this thread. */
	public static <T> Measured<T> measure(MeterRegistry meters, Supplier<T> call) {
		double scoringsBefore = scorings(meters);
		synchronized (RequestWork.class) {
			SQL.clear();
			statements = 0;
			transactions = 0;
			connections = 0;
			measured = Thread.currentThread();
		}
		T result;
		try {
			result = call.get();
		}
		finally {
			measured = null;
		}
		int scorings = (int) (scorings(meters) - scoringsBefore);
		synchronized (RequestWork.class) {
			return new Measured<>(result, new Work(statements, transactions, connections, scorings, List.copyOf(SQL)));
		}
	}

	/** A call's result and its work. */
	public record Measured<T>(T result, Work work) {
	}

	private static double scorings(MeterRegistry meters) {
		return meters.counter("perfeval.scorings").count();
	}

	private static boolean counted() {
		return Thread.currentThread() == measured;
	}

	private static synchronized void executed(String sql, boolean autoCommit) {
		statements++;
		if (autoCommit) {
			transactions++;
		}
		// Enough to tell one statement from another in a failure message.
		SQL.add(sql.length() > 70 ? sql.substring(0, 70) + "…" : sql);
	}

	private static synchronized void transaction() {
		transactions++;
	}

	private static synchronized void connection() {
		connections++;
	}

	/** The application's data source, counting. */
	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			if (counted()) {
				connection();
			}
			return (Connection) Proxy.newProxyInstance(RequestWork.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new ConnectionHandler(connection));
		}

	}

	private record ConnectionHandler(Connection target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (counted() && (name.equals("commit") || name.equals("rollback"))) {
				transaction();
			}
			Object result = call(target, method, args);
			if (result instanceof Statement statement && name.startsWith("prepare")) {
				return statement(statement, method.getReturnType(), String.valueOf(args[0]));
			}
			if (result instanceof Statement statement) {
				return statement(statement, method.getReturnType(), null);
			}
			return result;
		}

		private Object statement(Statement statement, Class<?> type, String sql) {
			return Proxy.newProxyInstance(RequestWork.class.getClassLoader(), new Class<?>[] { type },
					(proxy, method, args) -> {
						if (counted() && method.getName().startsWith("execute")) {
							executed(sql != null ? sql : String.valueOf(args == null ? "?" : args[0]),
									target.getAutoCommit());
						}
						return call(statement, method, args);
					});
		}

	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
