package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What is published and how: addrinfo-bom lists exactly the modules that are deployed (those that
 * do not set {@code maven.deploy.skip}), each of those ships sources and javadoc, and the license
 * is Apache-2.0 in the poms and in LICENSE. Reads the poms from the repository root (this module's
 * parent directory), so a module added without a BOM entry fails here by name.
 */
class PublishedModulesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String BOM = "addrinfo-bom";

  private static Document pom(Path dir) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(dir.resolve("pom.xml").toFile());
  }

  /** The text of each element at {@code path} (child names from the root), in document order. */
  private static List<String> texts(Document doc, String... path) {
    List<Element> level = List.of(doc.getDocumentElement());
    for (String name : path) {
      List<Element> next = new ArrayList<>();
      for (Element e : level) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element child && child.getTagName().equals(name)) {
            next.add(child);
          }
        }
      }
      level = next;
    }
    return level.stream().map(e -> e.getTextContent().strip()).toList();
  }

  private static String property(Document doc, String name) {
    List<String> values = texts(doc, "properties", name);
    return values.isEmpty() ? null : values.get(0);
  }

  private static List<String> modules() throws Exception {
    return texts(pom(ROOT), "modules", "module");
  }

  private static List<String> bomArtifacts() throws Exception {
    return texts(pom(ROOT.resolve(BOM)), "dependencyManagement", "dependencies", "dependency", "artifactId");
  }

  @TestFactory
  Stream<DynamicTest> theBomListsAModuleExactlyWhenItIsPublished() throws Exception {
    List<String> listed = bomArtifacts();
    List<DynamicTest> tests = new ArrayList<>();
    for (String module : modules()) {
      if (module.equals(BOM)) {
        continue;
      }
      Document pom = pom(ROOT.resolve(module));
      boolean published = !"true".equals(property(pom, "maven.deploy.skip"));
      tests.add(dynamicTest(module + (published ? " is published: in the BOM, with sources and javadoc"
          : " is not published: not in the BOM"), () -> {
            assertEquals(published, listed.contains(module), "BOM entries: " + listed);
            if (published) {
              assertFalse("true".equals(property(pom, "maven.source.skip")), "skips its sources jar");
              assertFalse("true".equals(property(pom, "maven.javadoc.skip")), "skips its javadoc jar");
            }
          }));
    }
    return tests.stream();
  }

  @Test
  void theBomListsNothingButModulesOfThisProject() throws Exception {
    List<String> unknown = new ArrayList<>(bomArtifacts());
    unknown.removeAll(modules());
    assertEquals(List.of(), unknown);
  }

  @Test
  void theBomHasTheProjectVersionAndNoParentWhoseDependencyManagementItWouldCarry() throws Exception {
    Document bom = pom(ROOT.resolve(BOM));
    assertEquals(List.of(), texts(bom, "parent"));
    assertEquals(texts(pom(ROOT), "version"), texts(bom, "version"));
    for (String version : texts(bom, "dependencyManagement", "dependencies", "dependency", "version")) {
      assertEquals("${project.version}", version);
    }
  }

  @Test
  void theLicenseIsApache2InTheParentTheBomAndTheLicenseFile() throws Exception {
    assertEquals(List.of("Apache-2.0"), texts(pom(ROOT), "licenses", "license", "name"));
    assertEquals(List.of("Apache-2.0"), texts(pom(ROOT.resolve(BOM)), "licenses", "license", "name"));
    String license = Files.readString(ROOT.resolve("LICENSE"));
    assertTrue(license.strip().startsWith("Apache License\n                           Version 2.0, January 2004"),
        "LICENSE is not the Apache License 2.0");
  }

  @Test
  void theReadmeImportsTheBomAtTheProjectVersion() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String version = texts(pom(ROOT), "version").get(0);
    Pattern bomImport = Pattern.compile("<artifactId>" + BOM + "</artifactId>\\s*<version>" + Pattern.quote(version)
        + "</version>\\s*<type>pom</type>\\s*<scope>import</scope>");
    assertTrue(bomImport.matcher(readme).find(),
        "README.md should import " + BOM + " at version " + version);
  }
}
