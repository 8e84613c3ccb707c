package dev.userpool.postgres;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that lets a test see (and act on) each call to its connections before it happens. */
final class Intercepting implements DataSource {

  /** What runs before each connection method. */
  @FunctionalInterface
  interface Hook {
    void before(Connection real, String method) throws SQLException;
  }

  private final DataSource real;
  private final Hook hook;

  Intercepting(DataSource real, Hook hook) {
    this.real = real;
    this.hook = hook;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = real.getConnection();
    InvocationHandler h = (proxy, method, args) -> {
      hook.before(c, method.getName());
      try {
        return method.invoke(c, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{ Connection.class }, h);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLException("not used");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
