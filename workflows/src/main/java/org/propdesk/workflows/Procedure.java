package org.propdesk.workflows;

import java.util.ArrayList;
import java.util.List;
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
 * <p>Immutable and thread-safe once built. Two procedures are the same when they are the same object.
 *
 * @param <D> the type of the procedure's desk (its use cases)
 */
public final class Procedure<D> {
  private final String name;
  private final List<AggregateRoute<?>> routes;
  private final Function<Kernel, D> desk;

  private Procedure(String name, List<AggregateRoute<?>> routes, Function<Kernel, D> desk) {
    this.name = name;
    this.routes = List.copyOf(routes);
    this.desk = desk;
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

  D deskFor(Kernel kernel) {
    return desk.apply(kernel);
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

    /** The descriptor. */
    public Procedure<D> build() {
      return new Procedure<>(name, routes, desk);
    }
  }
}
