package dev.kport.translator.rename;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads rename tables, the data every target's renames come from: one row per CUDA name,
 * {@code cuda_name target_name kind status} separated by blanks, {@code #} starting a comment.
 * Each target turns the rows into its own table.
 */
public final class RenameRows {

  /** Where a CUDA name stands in the target. */
  public enum Status { SUPPORTED, UNSUPPORTED, DEPRECATED, REMOVED }

  /** One row as written, with the table it came from for messages. */
  public record Row(String cudaName, String targetName, String kind, Status status, String table) {}

  private RenameRows() {}

  /** Every row of the tables, found as resources beside {@code anchor}, in table then file order. */
  public static List<Row> read(Class<?> anchor, String... tables) {
    List<Row> rows = new ArrayList<>();
    for (String table : tables) {
      try (InputStream in = anchor.getResourceAsStream(table)) {
        if (in == null) {
          throw new IllegalStateException("rename table missing from the build: " + table);
        }
        read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), table, rows);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }

  private static void read(BufferedReader reader, String table, List<Row> rows) throws IOException {
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
      rows.add(new Row(f[0], f[1], f[2], Status.valueOf(f[3].toUpperCase(Locale.ROOT)), table));
    }
  }
}
