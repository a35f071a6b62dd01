package dev.kport.translator.hip;

import dev.kport.translator.rename.RenameRows;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CUDA names and what they become in HIP, read from the resource tables beside this class, one
 * per API family. Each row is {@code cuda_name hip_name kind status}, separated by blanks;
 * {@code #} starts a comment line; {@code -} as hip_name means HIP has none.
 */
public final class HipRenameTable {

  /** The tables loaded by {@link #standard()}; a name in two tables keeps the first row. */
  static final String[] FAMILIES = {"runtime.tsv", "driver.tsv", "device.tsv", "complex.tsv", "rand.tsv",
      "sparse.tsv", "blas.tsv", "fft.tsv", "solver.tsv", "dnn.tsv", "cub.tsv", "coop.tsv", "headers.tsv"};

  /** Enumerators renamed by the call they are an argument of (kind {@code in:PREFIX}). */
  static final String ARGUMENTS = "arguments.tsv";

  public enum Status { SUPPORTED, UNSUPPORTED, DEPRECATED, REMOVED }

  /**
   * @param kind {@code function}, {@code type}, {@code constant}: every use in code is renamed;
   *     {@code namespace}: renamed where it names a namespace ({@code cub::}); {@code qualified:NS}: only
   *     right after {@code NS::} (names too common to be CUDA's otherwise); {@code warp_sync}: a call
   *     whose first argument (the lane mask) is dropped; {@code kernel_argN}, {@code symbol_argN}: a call
   *     whose Nth argument is cast to {@code const void *} or wrapped in {@code HIP_SYMBOL};
   *     {@code args:LIST}: a call whose arguments are reordered ({@link ArgumentOrderRewrite});
   *     {@code in:PREFIX}: only inside the arguments of a call named PREFIX...; {@code header}: an include
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
  private final Map<String, List<Row>> inCalls;
  /** Each two-character start of a CUDA name, as {@code c0 * 128 + c1}: most identifiers fail this test at once. */
  private final BitSet starts = new BitSet(128 * 128);

  private HipRenameTable(Map<String, Row> rows, Map<String, List<Row>> inCalls) {
    this.rows = new HashMap<>(rows);
    this.inCalls = Map.copyOf(inCalls);
    rows.keySet().forEach(name -> starts.set(start(name)));
    inCalls.keySet().forEach(name -> starts.set(start(name)));
  }

  private static int start(String name) {
    char c0 = name.charAt(0);
    char c1 = name.length() > 1 ? name.charAt(1) : 0;
    return c0 < 128 && c1 < 128 ? c0 * 128 + c1 : 0;
  }

  /**
   * False when no row can be for {@code name} (a cheap test on its first two characters, for the
   * translation's hot loop); true means {@link #find} or {@link #findInCall} may have one.
   */
  public boolean mayName(String name) {
    return !name.isEmpty() && starts.get(start(name));
  }

  public static HipRenameTable standard() {
    return STANDARD;
  }

  public Optional<Row> find(String cudaName) {
    return Optional.ofNullable(rows.get(cudaName));
  }

  /**
   * The row for {@code cudaName} as an argument of the call named {@code callee} (its CUDA name),
   * where {@code arguments.tsv} gives one; else empty and {@link #find} applies.
   */
  public Optional<Row> findInCall(String callee, String cudaName) {
    for (Row r : inCalls.getOrDefault(cudaName, List.of())) {
      if (callee.startsWith(r.kind().substring("in:".length()))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Whether some call's arguments give {@code cudaName} its own HIP name. */
  boolean dependsOnCall(String cudaName) {
    return inCalls.containsKey(cudaName);
  }

  /** Rows from {@code table}, e.g. {@code runtime.tsv}; 0 when no row came from it. */
  public long size(String table) {
    return rows.values().stream().filter(r -> r.table().equals(table)).count();
  }

  static HipRenameTable load(String... tables) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (RenameRows.Row r : RenameRows.read(HipRenameTable.class, tables)) {
      rows.putIfAbsent(r.cudaName(), row(r));
    }
    Map<String, List<Row>> inCalls = new HashMap<>();
    for (RenameRows.Row r : RenameRows.read(HipRenameTable.class, ARGUMENTS)) {
      if (!r.kind().startsWith("in:")) {
        throw new IllegalStateException(ARGUMENTS + ": " + r.cudaName() + " has kind " + r.kind()
            + ", expected in:PREFIX");
      }
      inCalls.computeIfAbsent(r.cudaName(), k -> new ArrayList<>()).add(row(r));
    }
    return new HipRenameTable(rows, inCalls);
  }

  private static Row row(RenameRows.Row r) {
    return new Row(r.cudaName(), r.targetName(), r.kind(), Status.valueOf(r.status().name()), r.table());
  }
}
