package dev.kport.translator.opencl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CUDA names and what they become in OpenCL C, read from the resource tables beside this class,
 * one per API family. Each row is {@code cuda_name target_name kind status}, separated by blanks;
 * {@code #} starts a comment line.
 */
public final class RenameTable {

  /** The tables loaded by {@link #standard()}, in lookup order. */
  static final String[] FAMILIES = {"math.tsv", "types.tsv", "atomic.tsv", "warp.tsv", "device.tsv"};

  public enum Status { SUPPORTED, UNSUPPORTED, DEPRECATED, REMOVED }

  /**
   * @param kind {@code function} and {@code intrinsic} rename calls only; {@code type} and {@code constant} any use
   * @param table the file the row came from, to name it in messages
   */
  public record Row(String cudaName, String targetName, String kind, Status status, String table) {

    public boolean isCall() {
      return kind.equals("function") || kind.equals("intrinsic") || kind.equals("atomic")
          || kind.equals("helper") || kind.startsWith("warp");
    }
  }

  private static final RenameTable STANDARD = load(FAMILIES);

  private final Map<String, Row> rows;

  private RenameTable(Map<String, Row> rows) {
    this.rows = Map.copyOf(rows);
  }

  public static RenameTable standard() {
    return STANDARD;
  }

  public Optional<Row> find(String cudaName) {
    return Optional.ofNullable(rows.get(cudaName));
  }

  public int size() {
    return rows.size();
  }

  static RenameTable load(String... tables) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String table : tables) {
      try (InputStream in = RenameTable.class.getResourceAsStream(table)) {
        if (in == null) {
          throw new IllegalStateException("rename table missing from the build: " + table);
        }
        read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), table, rows);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new RenameTable(rows);
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
      Status status = Status.valueOf(f[3].toUpperCase(java.util.Locale.ROOT));
      rows.putIfAbsent(f[0], new Row(f[0], f[1], f[2], status, table));
    }
  }
}
