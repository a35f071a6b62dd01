package dev.kport.translator.hip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The rename tables load, and what they promise exists in the installed HIP headers. */
class HipRenameTableTest {

  private static final Path HIP_INCLUDE = Path.of("/usr/include/hip");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Test
  void everyFamilyLoadsWithRows() {
    HipRenameTable table = HipRenameTable.standard();
    for (String family : HipRenameTable.FAMILIES) {
      assertThat(table.size(family)).as(family).isPositive();
    }
    assertThat(table.find("cudaMalloc")).hasValueSatisfying(r -> assertThat(r.hipName()).isEqualTo("hipMalloc"));
    assertThat(table.find("__syncwarp")).hasValueSatisfying(r -> assertThat(r.keepsName()).isTrue());
  }

  /**
   * The families whose HIP headers Debian installs, each with the folder its names must be declared
   * in. hipBLAS, hipFFT, hipSOLVER, hipCUB and MIOpen are not packaged for Debian 12: their tables
   * name their headers' release in a comment instead.
   */
  private static final Map<String, List<Path>> INSTALLED = Map.of(
      "runtime.tsv", List.of(HIP_INCLUDE),
      "driver.tsv", List.of(HIP_INCLUDE),
      "device.tsv", List.of(HIP_INCLUDE),
      "complex.tsv", List.of(HIP_INCLUDE),
      "coop.tsv", List.of(HIP_INCLUDE),
      "rand.tsv", List.of(Path.of("/usr/include/hiprand")),
      "sparse.tsv", List.of(Path.of("/usr/include/hipsparse"), HIP_INCLUDE));

  @TestFactory
  Stream<DynamicTest> everySupportedHipNameIsDeclaredInTheInstalledHeaders() {
    return INSTALLED.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
          for (Path dir : e.getValue()) {
            assumeTrue(Files.isDirectory(dir), "no headers at " + dir + ": ci/install-deps.sh installs them");
          }
          Set<String> declared = identifiers(allHeaders(e.getValue()));
          List<String> missing = new ArrayList<>();
          for (String[] row : rows(e.getKey())) {
            if (row[1].equals("-") || row[3].equals("unsupported")) {
              continue;
            }
            List<String> promised = new ArrayList<>(List.of(row[1]));
            if (row[2].startsWith("args:")) {
              ArgumentOrderRewrite.parse(row[2]).alternatives().forEach(a -> a.hipName().ifPresent(promised::add));
            }
            for (String name : promised) {
              if (!declared.contains(name)) {
                missing.add(row[0] + " -> " + name);
              }
            }
          }
          assertThat(missing).as(e.getKey() + ": HIP names not declared under " + e.getValue()).isEmpty();
          assertThat(rows(e.getKey())).as(e.getKey()).isNotEmpty();
        }));
  }

  @Test
  void everyUnsupportedRowKeepsItsName() throws IOException {
    for (String family : HipRenameTable.FAMILIES) {
      for (String[] row : rows(family)) {
        if (row[3].equals("unsupported")) {
          assertThat(row[1]).as(family + ": " + row[0]).isEqualTo("-");
        }
      }
    }
  }

  @Test
  void everyHipHeaderOfAnInstalledFamilyExists() throws IOException {
    assumeTrue(Files.isDirectory(HIP_INCLUDE), "no HIP headers at " + HIP_INCLUDE);
    Path include = HIP_INCLUDE.getParent();
    for (String[] row : rows("headers.tsv")) {
      String dir = row[1].contains("/") ? row[1].substring(0, row[1].indexOf('/')) : "";
      if (List.of("hip", "hiprand", "hipsparse").contains(dir)) {
        assertThat(include.resolve(row[1])).as(row[0]).exists();
      }
    }
  }

  /** A reorder row that names an argument its call lacks would rewrite every such call wrongly. */
  @Test
  void everyArgumentOrderRowIsWellFormed() throws IOException {
    for (String family : HipRenameTable.FAMILIES) {
      for (String[] row : rows(family)) {
        if (row[2].startsWith("args:")) {
          assertThat(ArgumentOrderRewrite.parse(row[2]).alternatives()).as(family + ": " + row[0]).isNotEmpty();
        }
      }
    }
  }

  /** Every identifier in {@code text}, so each row's lookup is a set membership. */
  private static Set<String> identifiers(String text) {
    Set<String> names = new HashSet<>();
    Matcher m = IDENTIFIER.matcher(text);
    while (m.find()) {
      names.add(m.group());
    }
    return names;
  }

  /** The text of every header under {@code dirs}, less the NVIDIA back ends (which name CUDA's entities). */
  private static String allHeaders(List<Path> dirs) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Path dir : dirs) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.filter(Files::isRegularFile)
            .filter(p -> !p.toString().contains("nvidia_detail") && !p.toString().contains("nvcc")).toList()) {
          sb.append(Files.readString(p, StandardCharsets.ISO_8859_1)).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static List<String[]> rows(String table) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        HipRenameTable.class.getResourceAsStream(table), StandardCharsets.UTF_8))) {
      r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> rows.add(l.split("\\s+")));
    }
    return rows;
  }
}
