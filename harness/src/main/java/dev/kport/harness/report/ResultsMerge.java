package dev.kport.harness.report;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.DeviceInfo;
import dev.kport.harness.run.CellResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Joins the reports of several runs (shards of one suite, or one run per machine) into one.
 * Probes are united per backend and device; cells are concatenated and put in one stable order
 * (kernel, size, backend, device), so a suite run as shards and merged has the same cells, in
 * the same order, as the suite run whole and passed through a merge of one.
 */
public final class ResultsMerge {

  /** One input: its report and the name messages use for it, usually its file. */
  public record Source(String name, RunReport report) {}

  /** The order of cells in a merged report. */
  public static final Comparator<CellResult> CELL_ORDER = Comparator.comparing(CellResult::kernel)
      .thenComparing(CellResult::size).thenComparing(CellResult::backend).thenComparing(CellResult::device);

  private ResultsMerge() {}

  /** Reads each file and merges them; a file that cannot be read or merged is named in the exception. */
  public static RunReport read(List<Path> files) throws IOException, ResultsFormatException {
    List<Source> sources = new ArrayList<>();
    for (Path f : files) {
      sources.add(new Source(f.toString(), ResultsJson.read(f)));
    }
    return merge(sources);
  }

  /**
   * @throws ResultsFormatException when two inputs (or one, twice) hold the same kernel, size,
   *     backend and device: which of the two results to keep is the user's call, not ours
   */
  public static RunReport merge(List<Source> sources) throws ResultsFormatException {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    List<RunReport> reports = sources.stream().map(Source::report).toList();
    return new RunReport(RunReport.SCHEMA_VERSION, joined(reports, RunReport::kportVersion),
        earliest(reports), joined(reports, RunReport::host), args(reports), probes(reports), cells(sources));
  }

  private static List<CellResult> cells(List<Source> sources) throws ResultsFormatException {
    Map<List<String>, String> seenIn = new HashMap<>();
    List<CellResult> cells = new ArrayList<>();
    for (Source s : sources) {
      for (CellResult c : s.report().cells()) {
        String earlier = seenIn.putIfAbsent(List.of(c.kernel(), c.size(), c.backend(), c.device()), s.name());
        if (earlier != null) {
          throw new ResultsFormatException(earlier + " and " + s.name() + " both hold " + c.kernel() + "["
              + c.size() + "] on " + c.backend() + " (" + c.device() + "): merge results that do not overlap");
        }
        cells.add(c);
      }
    }
    cells.sort(CELL_ORDER);
    return cells;
  }

  /**
   * One probe per backend, in first-seen order. A backend that ran anywhere is available, with
   * every device any run saw; one that ran nowhere keeps the reasons the runs gave.
   */
  static List<BackendProbe> probes(List<RunReport> reports) {
    Map<String, List<BackendProbe>> byBackend = new LinkedHashMap<>();
    for (RunReport r : reports) {
      for (BackendProbe p : r.probes()) {
        byBackend.computeIfAbsent(p.backend(), k -> new ArrayList<>()).add(p);
      }
    }
    List<BackendProbe> out = new ArrayList<>();
    byBackend.forEach((backend, probes) -> out.add(unite(backend, probes)));
    return out;
  }

  private static BackendProbe unite(String backend, List<BackendProbe> probes) {
    Map<List<String>, DeviceInfo> devices = new LinkedHashMap<>();
    Set<String> reasons = new LinkedHashSet<>();
    Set<String> notes = new LinkedHashSet<>();
    boolean available = false;
    for (BackendProbe p : probes) {
      p.devices().forEach(d -> devices.putIfAbsent(List.of(d.id(), d.name()), d));
      p.unavailable().ifPresent(reasons::add);
      available |= p.unavailable().isEmpty();
      notes.addAll(p.notes());
    }
    Optional<String> why = available ? Optional.empty() : Optional.of(String.join("; ", reasons));
    return new BackendProbe(backend, List.copyOf(devices.values()), why, List.copyOf(notes));
  }

  /**
   * The command line of the run the inputs make up: shards of one suite differ only in their
   * {@code --shard}, which is dropped; other inputs keep each distinct command, joined by ";".
   */
  static List<String> args(List<RunReport> reports) {
    Set<List<String>> distinct = new LinkedHashSet<>();
    reports.forEach(r -> distinct.add(withoutShard(r.args())));
    if (distinct.size() == 1) {
      return distinct.iterator().next();
    }
    List<String> out = new ArrayList<>();
    for (List<String> a : distinct) {
      if (!out.isEmpty()) {
        out.add(";");
      }
      out.addAll(a);
    }
    return out;
  }

  private static List<String> withoutShard(List<String> args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--shard")) {
        i++;
      } else if (!a.startsWith("--shard=")) {
        out.add(a);
      }
    }
    return out;
  }

  private static Instant earliest(List<RunReport> reports) {
    return reports.stream().map(RunReport::startedAt).min(Comparator.naturalOrder()).orElseThrow();
  }

  /** The value all inputs share, or the distinct values joined by ", " (two hosts, two kport versions). */
  private static String joined(List<RunReport> reports, Function<RunReport, String> field) {
    return String.join(", ", reports.stream().map(field).filter(Objects::nonNull).distinct().toList());
  }
}
