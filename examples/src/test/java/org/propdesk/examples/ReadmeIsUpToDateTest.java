package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's diagrams and quickstart are generated; this fails when they are stale. */
class ReadmeIsUpToDateTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theReadmeDiagramsAndQuickstartMatchTheCode() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String quickstart = Files.readString(ROOT.resolve(ReadmeDiagrams.QUICKSTART), StandardCharsets.UTF_8);
    assertThat(readme)
        .as("README.md is stale; regenerate it with: mvn -q -pl examples -am compile exec:java"
            + " -Dexec.mainClass=org.propdesk.examples.ReadmeDiagrams -Dexec.args=$PWD")
        .isEqualTo(ReadmeDiagrams.render(readme, quickstart));
  }

  @Test
  void theReadmeOpensWithExactlyTheTwoSetUpCommands() throws Exception {
    String[] lines = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8).split("\n");
    assertThat(lines[2]).startsWith("    mvn -q -pl examples -am compile exec:java ");
    assertThat(lines[3]).startsWith("    mvn -B verify ");
    String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
    assertThat(ci).contains("mvn -B verify");
  }
}
