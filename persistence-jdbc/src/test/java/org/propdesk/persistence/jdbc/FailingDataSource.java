package org.propdesk.persistence.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections fail on the Nth statement execution or commit, counted from when
 * {@link #failOn(int)} is armed, as a dropped connection would; disarmed, it counts and records every
 * execution (the SQL of a prepared statement, or {@code COMMIT}), to measure what a command costs.
 * Thread-safe.
 */
final class FailingDataSource implements DataSource {
  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

  private final DataSource delegate;
  private final AtomicInteger countdown = new AtomicInteger(-1);
  private final AtomicInteger executed = new AtomicInteger();
  private final java.util.List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  FailingDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** Fails the {@code n}th execution or commit from now (1 = the next one); 0 or less disarms. */
  void failOn(int n) {
    executed.set(0);
    log.clear();
    countdown.set(n);
  }

  /** What was executed since the last {@link #failOn}: each statement's SQL, and {@code COMMIT}. */
  java.util.List<String> log() {
    synchronized (log) {
      return java.util.List.copyOf(log);
    }
  }

  /** Executions and commits seen since the last {@link #failOn}. */
  int executed() {
    return executed.get();
  }

  private void tick(String what, String sql) throws SQLException {
    executed.incrementAndGet();
    log.add(sql);
    if (countdown.get() > 0 && countdown.decrementAndGet() == 0) {
      throw new SQLException("injected failure: connection lost during " + what, "08006");
    }
  }

  private Object wrap(Object target, Class<?> type, String sql) {
    InvocationHandler h = (proxy, method, args) -> {
      String name = method.getName();
      if (EXECUTIONS.contains(name)) {
        tick(name, args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
      } else if (target instanceof Connection && name.equals("commit")) {
        tick(name, "COMMIT");
      }
      try {
        Object result = method.invoke(target, args);
        if (result instanceof Statement s && !(result instanceof Proxy)) {
          Class<?> iface = method.getReturnType();
          return wrap(s, iface, args != null && args.length > 0 && args[0] instanceof String text ? text : "");
        }
        return result;
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return (Connection) wrap(delegate.getConnection(), Connection.class, "");
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return (Connection) wrap(delegate.getConnection(user, password), Connection.class, "");
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return delegate.isWrapperFor(iface);
  }
}
