package dev.kport.translator.hip;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CUDA names and what they become in HIP, read from the resource tables beside this class, one
 * per API family. Each row is {@code cuda_name hip_name kind status}, separated by blanks;
 * {@code #} starts a comment line; {@code -} as hip_name means HIP has none.
 */
public final class HipRenameTable {

  /** The tables loaded by {@link #standard()}; a name in two tables keeps the first row. */
  static final String[] FAMILIES = {"runtime.tsv", "driver.tsv", "device.tsv", "headers.tsv"};

  public enum Status { SUPPORTED, UNSUPPORTED, DEPRECATED, REMOVED }

  /**
   * @param kind {@code function}, {@code type}, {@code constant}: every use in code is renamed;
   *     {@code warp_sync}: a call whose first argument (the lane mask) is dropped; {@code header}: an include
   * @param table the file the row came from, to name it in messages
   */
  public record Row(String cudaName, String hipName, String kind, Status status, String table) {

    public boolean isHeader() {
      return kind.equals("header");
    }

    /** Whether the translation keeps the CUDA name: HIP has nothing to put in its place. */
    public boolean keepsName() {
      return status == Status.UNSUPPORTED || status == Status.REMOVED || hipName.equals("-");
    }
  }

  private static final HipRenameTable STANDARD = load(FAMILIES);

  private final Map<String, Row> rows;

  private HipRenameTable(Map<String, Row> rows) {
    this.rows = Map.copyOf(rows);
  }

  public static HipRenameTable standard() {
    return STANDARD;
  }

  public Optional<Row> find(String cudaName) {
    return Optional.ofNullable(rows.get(cudaName));
  }

  /** Rows from {@code table}, e.g. {@code runtime.tsv}; 0 when no row came from it. */
  public long size(String table) {
    return rows.values().stream().filter(r -> r.table().equals(table)).count();
  }

  static HipRenameTable load(String... tables) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String table : tables) {
      try (InputStream in = HipRenameTable.class.getResourceAsStream(table)) {
        if (in == null) {
          throw new IllegalStateException("rename table missing from the build: " + table);
        }
        read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), table, rows);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new HipRenameTable(rows);
  }

  private static void read(BufferedReader reader, String table, Map<String, Row> rows) throws IOException {
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] f = trimmed.split("\\s+");
      if (f.length != 4) {
        throw new IllegalStateException(table + ":" + number + ": expected 4 fields, found " + f.length);
      }
      Status status = Status.valueOf(f[3].toUpperCase(Locale.ROOT));
      rows.putIfAbsent(f[0], new Row(f[0], f[1], f[2], status, table));
    }
  }
}
