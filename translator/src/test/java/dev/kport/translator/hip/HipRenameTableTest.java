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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rename tables load, and what they promise exists in the installed HIP headers. */
class HipRenameTableTest {

  private static final Path HIP_INCLUDE = Path.of("/usr/include/hip");

  @Test
  void everyFamilyLoadsWithRows() {
    HipRenameTable table = HipRenameTable.standard();
    for (String family : HipRenameTable.FAMILIES) {
      assertThat(table.size(family)).as(family).isPositive();
    }
    assertThat(table.find("cudaMalloc")).hasValueSatisfying(r -> assertThat(r.hipName()).isEqualTo("hipMalloc"));
    assertThat(table.find("__syncwarp")).hasValueSatisfying(r -> assertThat(r.keepsName()).isTrue());
  }

  @Test
  void everyHipNameIsDeclaredInTheHipHeaders() throws IOException {
    assumeTrue(Files.isDirectory(HIP_INCLUDE), "no HIP headers at " + HIP_INCLUDE + ": ci/install-deps.sh installs them");
    String headers = allHeaders();
    List<String> missing = new ArrayList<>();
    for (String family : List.of("runtime.tsv", "driver.tsv", "device.tsv")) {
      for (String[] row : rows(family)) {
        boolean promised = !row[1].equals("-");
        if (promised && !Pattern.compile("\\b" + Pattern.quote(row[1]) + "\\b").matcher(headers).find()) {
          missing.add(family + ": " + row[0] + " -> " + row[1]);
        }
      }
    }
    assertThat(missing).as("HIP names not found under " + HIP_INCLUDE).isEmpty();
  }

  @Test
  void everyHipRuntimeHeaderExists() throws IOException {
    assumeTrue(Files.isDirectory(HIP_INCLUDE), "no HIP headers at " + HIP_INCLUDE);
    for (String[] row : rows("headers.tsv")) {
      if (row[1].startsWith("hip/")) {
        assertThat(HIP_INCLUDE.resolveSibling(row[1])).as(row[0]).exists();
      }
    }
  }

  private static String allHeaders() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> walk = Files.walk(HIP_INCLUDE)) {
      for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("nvidia_detail")).toList()) {
        sb.append(Files.readString(p, StandardCharsets.ISO_8859_1)).append('\n');
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
