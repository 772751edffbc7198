package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a release needs, checked on the sources: the licence, the poms' metadata, a BOM of exactly the
 * published modules, a changelog entry for the version, and {@code @since} on every public type.
 */
class ReleaseMetadataTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** Modules built but never published. */
  private static final List<String> UNPUBLISHED = List.of("examples", "benchmarks", "bom");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("(?m)^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|enum|record|@interface) ");

  private static String read(String path) throws IOException {
    return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
  }

  private static List<String> modules() throws IOException {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read("pom.xml"));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<String> published() throws IOException {
    return modules().stream().filter(m -> !UNPUBLISHED.contains(m)).toList();
  }

  @Test
  void theLicenceIsApache2AndThePomsSayWhoWhereAndUnderWhatLicence() throws IOException {
    assertThat(read("LICENSE")).contains("Apache License").contains("Version 2.0, January 2004");
    for (String pom : List.of("pom.xml", "bom/pom.xml")) {
      assertThat(read(pom)).as(pom).contains("<name>Apache-2.0</name>").contains("<url>https://propdesk.org</url>")
          .contains("<scm").contains("<connection>scm:git:").contains("<developers>");
    }
    assertThat(read("pom.xml")).containsPattern("<project.build.outputTimestamp>\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z<");
  }

  @Test
  void theBomListsExactlyThePublishedModules() throws IOException {
    String bom = read("bom/pom.xml");
    List<String> listed = new ArrayList<>();
    Matcher m = Pattern.compile("<artifactId>(propdesk-[^<]+)</artifactId>").matcher(bom);
    while (m.find()) {
      listed.add(m.group(1));
    }
    listed.remove("propdesk-bom");
    assertThat(listed).containsExactlyInAnyOrderElementsOf(published().stream().map(ReleaseMetadataTest::artifactOf).toList());
  }

  private static String artifactOf(String module) {
    try {
      Matcher m = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(read(module + "/pom.xml"));
      return m.find() ? m.group(1) : "?";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theChangelogHasAnEntryForThisVersion() throws IOException {
    Matcher v = Pattern.compile("<artifactId>propdesk-parent</artifactId>\\s*<version>([0-9.]+)").matcher(read("pom.xml"));
    assertThat(v.find()).isTrue();
    assertThat(read("CHANGELOG.md")).contains("## [" + v.group(1) + "]");
  }

  @Test
  void everyPublicTypeOfAPublishedModuleSaysSinceWhichVersion() throws IOException {
    List<String> without = new ArrayList<>();
    for (String module : published()) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).toList()) {
          String source = Files.readString(p, StandardCharsets.UTF_8);
          Matcher type = PUBLIC_TYPE.matcher(source);
          if (type.find()) {
            String before = source.substring(0, type.start());
            int doc = before.lastIndexOf("/**");
            if (doc < 0 || !before.substring(doc).contains("@since ")) {
              without.add(ROOT.relativize(p).toString());
            }
          }
        }
      }
    }
    assertThat(without).as("public types without @since").isEmpty();
  }
}
