package dev.kport.translator.opencl;

import dev.kport.translator.rename.RenameRows;
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
    for (RenameRows.Row r : RenameRows.read(RenameTable.class, tables)) {
      Status status = Status.valueOf(r.status().name());
      rows.putIfAbsent(r.cudaName(), new Row(r.cudaName(), r.targetName(), r.kind(), status, r.table()));
    }
    return new RenameTable(rows);
  }
}
