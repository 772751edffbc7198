package org.propdesk.testkit.port;

/** A call port for the kernel's port tests: says hello as the procedure behind it. */
public interface Greeter {
  /** A greeting for {@code name}. */
  String greet(String name);
}
