package org.propdesk.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.propdesk.core.complaint.ComplaintLifecycle;
import org.propdesk.core.lifecycle.Lifecycle;

/**
 * Regenerates the README's generated parts (自动生成的文档): each lifecycle diagram, from its table,
 * between {@code <!-- lifecycle:NAME -->} and {@code <!-- /lifecycle:NAME -->}; and the quickstart,
 * from {@link Quickstart}, between {@code <!-- quickstart -->} and {@code <!-- /quickstart -->}.
 * {@code ReadmeIsUpToDateTest} fails when the README differs from what this writes.
 *
 * <p>Run from the repository root: {@code mvn -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.propdesk.examples.ReadmeDiagrams -Dexec.args=$PWD}.
 */
public final class ReadmeDiagrams {
  private ReadmeDiagrams() {}

  /** The lifecycle tables shown in the README, by marker name. */
  static Map<String, Lifecycle<?, ?>> tables() {
    Map<String, Lifecycle<?, ?>> m = new LinkedHashMap<>();
    m.put("complaint", ComplaintLifecycle.TABLE);
    m.put("visit", org.propdesk.core.visitor.VisitLifecycle.TABLE);
    m.put("ticket", org.propdesk.core.ticket.TicketLifecycle.TABLE);
    m.put("service-order", org.propdesk.core.service.ServiceLifecycles.ORDER);
    m.put("service-contract", org.propdesk.core.service.ServiceLifecycles.CONTRACT);
    m.put("deposit", org.propdesk.core.deposit.DepositLifecycle.TABLE);
    m.put("seal", org.propdesk.core.seal.SealLifecycles.SEAL);
    m.put("seal-use", org.propdesk.core.seal.SealLifecycles.USE);
    m.put("archive-item", org.propdesk.core.archive.ArchiveLifecycles.ITEM);
    m.put("archive-loan", org.propdesk.core.archive.ArchiveLifecycles.LOAN);
    return m;
  }

  /** The README text with every diagram block and the quickstart regenerated. */
  static String render(String readme, String quickstartSource) {
    String out = replaceBlock(readme, "<!-- quickstart -->", "<!-- /quickstart -->",
        "\n```java\n" + quickstart(quickstartSource) + "```\n");
    for (Map.Entry<String, Lifecycle<?, ?>> e : tables().entrySet()) {
      out = replaceBlock(out, "<!-- lifecycle:" + e.getKey() + " -->", "<!-- /lifecycle:" + e.getKey() + " -->",
          "\n```mermaid\n" + e.getValue().toMermaid() + "```\n");
    }
    return out;
  }

  private static String replaceBlock(String text, String open, String close, String body) {
    int a = text.indexOf(open);
    int b = text.indexOf(close);
    if (a < 0 || b < a) {
      throw new IllegalStateException("README lacks the markers " + open + " ... " + close);
    }
    return text.substring(0, a + open.length()) + body + text.substring(b);
  }

  /** The quickstart lines of {@code Quickstart.java}, de-indented. */
  static String quickstart(String source) {
    String begin = "// quickstart:begin\n";
    int a = source.indexOf(begin);
    int b = source.indexOf("// quickstart:end");
    if (a < 0 || b < a) {
      throw new IllegalStateException("Quickstart.java lacks its quickstart markers");
    }
    StringBuilder sb = new StringBuilder();
    for (String line : source.substring(a + begin.length(), source.lastIndexOf('\n', b) + 1).split("\n")) {
      sb.append(line.length() >= 4 ? line.substring(4) : line.strip()).append('\n');
    }
    return sb.toString();
  }

  /** The quickstart's source file, relative to the repository root. */
  static final String QUICKSTART = "examples/src/main/java/org/propdesk/examples/Quickstart.java";

  /** Rewrites the README at the repository root given as the first argument (default: the current directory). */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Path readme = root.resolve("README.md");
    String before = Files.readString(readme, StandardCharsets.UTF_8);
    String after = render(before, Files.readString(root.resolve(QUICKSTART), StandardCharsets.UTF_8));
    Files.writeString(readme, after, StandardCharsets.UTF_8);
    System.out.println(before.equals(after) ? "README diagrams were up to date" : "README diagrams regenerated");
  }
}
