package org.propdesk.core.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Role;

/**
 * A lifecycle table (状态机): (state, trigger) → state, with the roles allowed to fire each transition,
 * one initial state, the terminal states and the resting states.
 *
 * <p>A terminal state is absorbing: nothing leaves it. A resting state is an end an instance may keep
 * for ever, yet a later trigger may still move it on (a closed complaint reopened when the owner
 * raises the matter again within 30 days; a time limit the table cannot express).
 *
 * <p>Invariants, checked by {@link Builder#build()}: every state is reachable from the initial state;
 * every other state can reach a terminal or resting state (no dead ends); terminal states have no way
 * out (absorbing); at least one terminal state exists; a (state, trigger) pair appears at most once. The table is pure data: it has no side
 * effects and never returns {@code null}. Immutable and thread-safe.
 *
 * @param <S> the state enum
 * @param <T> the trigger enum
 * @since 0.1.0
 */
public final class Lifecycle<S extends Enum<S>, T extends Enum<T>> {
  private final String name;
  private final Class<S> stateType;
  private final Class<T> triggerType;
  private final S initial;
  private final ImmutableSet<S> terminal;
  private final ImmutableSet<S> resting;
  private final ImmutableMap<S, ImmutableMap<T, Transition<S, T>>> table;
  private final ImmutableList<Transition<S, T>> rows;

  private Lifecycle(Builder<S, T> b) {
    this.name = b.name;
    this.stateType = b.stateType;
    this.triggerType = b.triggerType;
    this.initial = Check.present("initial", b.initial);
    this.terminal = ImmutableSet.copyOf(b.terminal);
    this.resting = ImmutableSet.copyOf(b.resting);
    this.rows = ImmutableList.copyOf(b.rows);
    Map<S, Map<T, Transition<S, T>>> m = new LinkedHashMap<>();
    for (Transition<S, T> t : rows) {
      Transition<S, T> previous =
          m.computeIfAbsent(t.from(), k -> new LinkedHashMap<>()).put(t.trigger(), t);
      if (previous != null) {
        throw new LifecycleDefinitionException(
            name + ": (" + t.from() + ", " + t.trigger() + ") is defined twice");
      }
    }
    ImmutableMap.Builder<S, ImmutableMap<T, Transition<S, T>>> tb = ImmutableMap.builder();
    m.forEach((k, v) -> tb.put(k, ImmutableMap.copyOf(v)));
    this.table = tb.build();
    verify();
  }

  /** Starts a table for the given state and trigger enums. */
  public static <S extends Enum<S>, T extends Enum<T>> Builder<S, T> builder(
      String name, Class<S> stateType, Class<T> triggerType) {
    return new Builder<>(name, stateType, triggerType);
  }

  private void verify() {
    for (S s : terminal) {
      if (table.containsKey(s)) {
        throw new LifecycleDefinitionException(
            name + ": terminal state " + s + " must be absorbing but has " + table.get(s).keySet());
      }
    }
    Set<S> reachable = EnumSet.noneOf(stateType);
    Deque<S> todo = new ArrayDeque<>(List.of(initial));
    while (!todo.isEmpty()) {
      S s = todo.pop();
      if (reachable.add(s)) {
        table.getOrDefault(s, ImmutableMap.of()).values().forEach(t -> todo.push(t.to()));
      }
    }
    Set<S> unreachable = EnumSet.allOf(stateType);
    unreachable.removeAll(reachable);
    if (!unreachable.isEmpty()) {
      throw new LifecycleDefinitionException(name + ": unreachable states " + unreachable);
    }
    for (S s : resting) {
      if (terminal.contains(s)) {
        throw new LifecycleDefinitionException(name + ": state " + s + " cannot be both terminal and resting");
      }
    }
    for (S s : stateType.getEnumConstants()) {
      if (!terminal.contains(s) && !resting.contains(s) && !canReachAnEnd(s)) {
        throw new LifecycleDefinitionException(name + ": dead end at " + s + " (no way to a terminal or resting state)");
      }
    }
    if (terminal.isEmpty()) {
      throw new LifecycleDefinitionException(name + ": at least one terminal state is needed");
    }
  }

  private boolean canReachAnEnd(S start) {
    Set<S> seen = EnumSet.noneOf(stateType);
    Deque<S> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      S s = todo.pop();
      if (terminal.contains(s) || resting.contains(s)) {
        return true;
      }
      if (seen.add(s)) {
        table.getOrDefault(s, ImmutableMap.of()).values().forEach(t -> todo.push(t.to()));
      }
    }
    return false;
  }

  /** The lifecycle's name, e.g. {@code "Complaint"}. */
  public String name() {
    return name;
  }

  /** The state every instance starts in. */
  public S initial() {
    return initial;
  }

  /** The resting states: ends an instance may keep for ever, though a later trigger may move it on. */
  public Set<S> restingStates() {
    return resting;
  }

  /** The terminal (absorbing) states. */
  public Set<S> terminalStates() {
    return terminal;
  }

  /** Whether {@code state} is terminal. */
  public boolean isTerminal(S state) {
    return terminal.contains(state);
  }

  /** Every row of the table, in the order it was defined. */
  public List<Transition<S, T>> transitions() {
    return rows;
  }

  /** The row for (state, trigger), if the trigger is defined there. */
  public Optional<Transition<S, T>> transition(S state, T trigger) {
    return Optional.ofNullable(table.getOrDefault(state, ImmutableMap.of()).get(trigger));
  }

  /**
   * The names of {@code states}, or, when none is given, of every state that is not terminal: what a
   * desk's "open records" list asks storage for.
   */
  @SafeVarargs
  public final List<String> namesOrOpen(S... states) {
    Check.present("states", states);
    return (states.length == 0 ? EnumSet.allOf(stateType).stream().filter(s -> !terminal.contains(s)).toList() : List.of(states))
        .stream().map(Enum::name).toList();
  }

  /** The triggers defined from {@code state}, whoever fires them. */
  public Set<T> permittedTriggers(S state) {
    return table.getOrDefault(state, ImmutableMap.of()).keySet();
  }

  /** The triggers {@code actor} may fire from {@code state}. */
  public Set<T> permittedTriggers(S state, Actor actor) {
    return table.getOrDefault(state, ImmutableMap.of()).values().stream()
        .filter(t -> t.permits(actor.roles()))
        .map(Transition::trigger)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Whether the roles may fire {@code trigger} from {@code state}, and where it leads. */
  public Permission<S> check(S state, T trigger, Set<Role> roles) {
    Optional<Transition<S, T>> t = transition(state, trigger);
    if (t.isEmpty()) {
      return new Permission<S>(Permission.Outcome.NOT_IN_STATE, Optional.<S>empty());
    }
    if (!t.get().permits(roles)) {
      return new Permission<S>(Permission.Outcome.ROLE_NOT_PERMITTED, Optional.<S>empty());
    }
    return new Permission<S>(Permission.Outcome.PERMITTED, Optional.of(t.get().to()));
  }

  /**
   * The bundle of the staff texts of refusals ({@code notInState}, {@code roleNotPermitted}); the
   * triggers and states are shown by the labels of their procedure's {@code Labels} bundle.
   */
  public static final String MESSAGES = "org.propdesk.core.lifecycle.LifecycleMessages";


  /**
   * Why {@code actor} may not fire {@code trigger} on the record {@code subject} in {@code state}
   * (迁移拒绝), or empty when it may. The reason names the trigger, the record and the state, or the
   * roles the trigger needs and the roles the actor holds, with a staff text from {@link #MESSAGES}.
   * Every aggregate asks this first.
   *
   * @param subject how the record is named in the message, e.g. {@code "complaint C-1"}
   */
  public Optional<Rejection> refusal(S state, T trigger, Actor actor, String subject) {
    Check.present("actor", actor);
    Permission<S> p = check(state, trigger, actor.roles());
    return switch (p.outcome()) {
      case PERMITTED -> Optional.empty();
      case NOT_IN_STATE -> Optional.of(new Rejection(
          RejectionCode.NOT_PERMITTED_IN_STATE, trigger + " is not permitted on " + subject + " in state " + state,
          Optional.empty(), Optional.of(StaffText.of(MESSAGES, "notInState", trigger, state))));
      case ROLE_NOT_PERMITTED -> {
        Set<Role> needed = transition(state, trigger).orElseThrow().roles();
        yield Optional.of(new Rejection(
            RejectionCode.ROLE_NOT_PERMITTED,
            trigger + " needs one of " + needed + "; actor " + actor.staffId() + " holds " + actor.roles(),
            Optional.empty(), Optional.of(StaffText.of(MESSAGES, "roleNotPermitted", trigger, needed, actor.roles()))));
      }
    };
  }

  /**
   * The table as a Mermaid {@code stateDiagram-v2}. Triggers between the same two states share one
   * arrow, labelled with their names joined by {@code ", "}. Deterministic: the same table gives the
   * same text.
   */
  public String toMermaid() {
    StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
    sb.append("    [*] --> ").append(initial.name()).append('\n');
    Map<String, List<String>> arrows = new LinkedHashMap<>();
    for (Transition<S, T> t : rows) {
      arrows
          .computeIfAbsent(t.from().name() + " --> " + t.to().name(), k -> new ArrayList<>())
          .add(t.trigger().name());
    }
    arrows.forEach((k, v) -> sb.append("    ").append(k).append(" : ").append(String.join(", ", v)).append('\n'));
    for (S s : stateType.getEnumConstants()) {
      if (terminal.contains(s) || resting.contains(s)) {
        sb.append("    ").append(s.name()).append(" --> [*]\n");
      }
    }
    return sb.toString();
  }

  /** All trigger constants, for exhaustive tests. */
  public Collection<T> allTriggers() {
    return EnumSet.allOf(triggerType);
  }

  /** All state constants, for exhaustive tests. */
  public Collection<S> allStates() {
    return EnumSet.allOf(stateType);
  }

  @Override
  public String toString() {
    return "Lifecycle[" + name + ", " + rows.size() + " transitions, terminal " + terminal + "]";
  }

  /**
   * Builds a lifecycle table. Not thread-safe; use from one thread, then call {@link #build()}.
   *
   * @param <S> the state enum
   * @param <T> the trigger enum
   */
  public static final class Builder<S extends Enum<S>, T extends Enum<T>> {
    private final String name;
    private final Class<S> stateType;
    private final Class<T> triggerType;
    private S initial;
    private final Set<S> terminal = new java.util.LinkedHashSet<>();
    private final Set<S> resting = new java.util.LinkedHashSet<>();
    private final List<Transition<S, T>> rows = new ArrayList<>();

    private Builder(String name, Class<S> stateType, Class<T> triggerType) {
      this.name = Check.text("name", name);
      this.stateType = Check.present("stateType", stateType);
      this.triggerType = Check.present("triggerType", triggerType);
    }

    /** The state every instance starts in. */
    public Builder<S, T> initial(S state) {
      this.initial = state;
      return this;
    }

    /** Marks states as terminal. */
    @SafeVarargs
    public final Builder<S, T> terminal(S... states) {
      terminal.addAll(List.of(states));
      return this;
    }

    /**
     * Marks states as resting: ends an instance may keep for ever, from which a later trigger may still
     * move it on.
     */
    @SafeVarargs
    public final Builder<S, T> resting(S... states) {
      resting.addAll(List.of(states));
      return this;
    }

    /** Adds one row: from {@code from}, {@code trigger} leads to {@code to}; {@code roles} may fire it. */
    public Builder<S, T> on(S from, T trigger, S to, Set<Role> roles) {
      rows.add(new Transition<>(from, trigger, to, ImmutableSet.copyOf(roles)));
      return this;
    }

    /** Adds the same self-transition (the trigger records without moving) for each state. */
    public Builder<S, T> stay(Collection<S> states, T trigger, Set<Role> roles) {
      for (S s : states) {
        on(s, trigger, s, roles);
      }
      return this;
    }

    /**
     * Builds and verifies the table.
     *
     * @throws LifecycleDefinitionException when the table is unsound
     */
    public Lifecycle<S, T> build() {
      if (initial == null) {
        throw new LifecycleDefinitionException(name + ": no initial state");
      }
      return new Lifecycle<>(this);
    }
  }
}
