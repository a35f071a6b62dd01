package dev.kport.harness.report;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.run.CellResult;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;

/**
 * Everything one run found: the document {@code results.json} holds and every other report is
 * made from.
 *
 * @param schemaVersion the results.json schema this report follows; see {@link #SCHEMA_VERSION}
 * @param kportVersion the version of kport that ran
 * @param startedAt when the run started
 * @param host the machine it ran on
 * @param args the command line, as the user typed it after {@code kport}
 * @param probes what each asked backend found, in the order they were asked
 * @param cells one result per kernel × backend (device) × size, in run order
 */
public record RunReport(int schemaVersion, String kportVersion, Instant startedAt, String host, List<String> args,
    List<BackendProbe> probes, List<CellResult> cells) {

  /**
   * The schema version this kport writes and the newest it reads. It changes when a key is
   * removed, renamed or changes meaning; keys may be added without a change, so readers ignore
   * keys they do not know.
   */
  public static final int SCHEMA_VERSION = 1;

  public RunReport {
    args = List.copyOf(args);
    probes = List.copyOf(probes);
    cells = List.copyOf(cells);
  }

  /** A report of a run on this machine, in the current schema. */
  public static RunReport of(String kportVersion, Instant startedAt, List<String> args, List<BackendProbe> probes,
      List<CellResult> cells) {
    return new RunReport(SCHEMA_VERSION, kportVersion, startedAt, localHostName(), args, probes, cells);
  }

  /** This report with other cells, for merging or filtering. */
  public RunReport withCells(List<CellResult> newCells) {
    return new RunReport(schemaVersion, kportVersion, startedAt, host, args, probes, newCells);
  }

  /**
   * The name this machine goes by; CI runners set HOSTNAME where DNS does not know them, so
   * that comes first.
   */
  public static String localHostName() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
