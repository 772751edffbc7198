package org.propdesk.workflows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.propdesk.core.common.Check;

/**
 * A procedure's descriptor (流程描述): the unit of extension. It names the procedure, lists the routes
 * of its aggregate types (codec, index fields, notifications, timers, timer handlers, activity), and
 * makes its use-case object (its "desk") from the {@link Kernel}. Register it with {@link
 * PropDesk.Builder#procedure}, ship its tables as a migration in {@code db/propdesk/<name>/}, and get
 * its desk back with {@link PropDesk#procedure}: no kernel file, storage adapter or contract suite
 * changes.
 *
 * <p>A procedure may publish <em>call ports</em> (调用端口): interfaces, in a package named {@code port}
 * directly under its own, through which other procedures use it without importing it (e.g. the repair
 * intake a complaint or a patrol finding opens a report through). It names each port's implementation,
 * made from its desk, with {@link Builder#provides}; a user finds it with {@link Kernel#port}.
 *
 * <p>Immutable and thread-safe once built. Two procedures are the same when they are the same object.
 *
 * @param <D> the type of the procedure's desk (its use cases)
 * @since 0.1.0
 */
public final class Procedure<D> {
  private final String name;
  private final List<AggregateRoute<?>> routes;
  private final Function<Kernel, D> desk;
  private final Map<Class<?>, Function<? super D, ?>> ports;

  private Procedure(String name, List<AggregateRoute<?>> routes, Function<Kernel, D> desk,
      Map<Class<?>, Function<? super D, ?>> ports) {
    this.name = name;
    this.routes = List.copyOf(routes);
    this.desk = desk;
    this.ports = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ports));
  }

  /**
   * Starts describing the procedure {@code name} (a lower-case word, e.g. {@code "visitor"}) whose desk
   * {@code desk} makes from the kernel.
   */
  public static <D> Builder<D> builder(String name, Function<Kernel, D> desk) {
    return new Builder<>(name, desk);
  }

  /** The procedure's name. */
  public String name() {
    return name;
  }

  /** The routes of its aggregate types. */
  public List<AggregateRoute<?>> routes() {
    return routes;
  }

  /** The call ports it publishes. */
  public java.util.Set<Class<?>> ports() {
    return ports.keySet();
  }

  D deskFor(Kernel kernel) {
    return desk.apply(kernel);
  }

  /** The implementation of each published port, made from this procedure's desk. */
  Map<Class<?>, Object> portsOf(Object madeDesk) {
    @SuppressWarnings("unchecked")
    D d = (D) madeDesk;
    Map<Class<?>, Object> out = new LinkedHashMap<>();
    ports.forEach((type, impl) -> out.put(type, type.cast(Check.present("port " + type.getSimpleName(), impl.apply(d)))));
    return out;
  }

  @Override
  public String toString() {
    return "Procedure[" + name + "]";
  }

  /**
   * Builds a {@link Procedure}. Not thread-safe.
   *
   * @param <D> the type of the procedure's desk
   */
  public static final class Builder<D> {
    private final String name;
    private final Function<Kernel, D> desk;
    private final List<AggregateRoute<?>> routes = new ArrayList<>();
    private final Map<Class<?>, Function<? super D, ?>> ports = new LinkedHashMap<>();

    private Builder(String name, Function<Kernel, D> desk) {
      this.name = Check.text("name", name, 32);
      Check.that(name.matches("[a-z][a-z_]*"), "name", "must be a lower-case word");
      this.desk = Check.present("desk", desk);
    }

    /** Adds the route of one of its aggregate types. */
    public Builder<D> route(AggregateRoute<?> route) {
      routes.add(Check.present("route", route));
      return this;
    }

    /**
     * Publishes the call port {@code port}, implemented by what {@code implementation} makes from the
     * procedure's desk.
     *
     * @throws org.propdesk.core.common.InvalidInputException naming {@code port} when it is not an
     *     interface in a package named {@code port}, or is published twice
     */
    public <P> Builder<D> provides(Class<P> port, Function<? super D, ? extends P> implementation) {
      Check.present("port", port);
      Check.that(port.isInterface() && port.getPackageName().endsWith(".port"), "port",
          "must be an interface in a package named port: " + port.getName());
      Check.that(!ports.containsKey(port), "port", "is published twice: " + port.getName());
      ports.put(port, Check.present("implementation", implementation));
      return this;
    }

    /** The descriptor. */
    public Procedure<D> build() {
      return new Procedure<>(name, routes, desk, ports);
    }
  }
}
