package dev.kport.harness.report;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.DeviceInfo;
import dev.kport.harness.compare.Comparison;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Stage;
import dev.kport.harness.run.StageResult;
import dev.kport.harness.run.Timing;
import dev.kport.harness.run.Verdict;
import dev.kport.harness.spec.ElementType;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON shape of results.json as records Jackson maps one to one, and the conversions to and
 * from the run model. Kept apart from the run model so the file's shape is written down in one
 * place and cannot drift when a run record gains a field. Absent values are JSON {@code null},
 * never missing keys, so {@code jq} paths work on every cell. Fields marked derived are written
 * for readers of the file and ignored when it is read back.
 */
final class ResultsDocument {

  private ResultsDocument() {}

  record Document(int schemaVersion, String kportVersion, String startedAt, String host, List<String> args,
      TallyJson tally, List<ProbeJson> probes, List<CellJson> cells) {}

  /** Derived: the counts of {@link ResultTable#tally}, for CI scripts. */
  record TallyJson(int total, long passed, long failed, long skipped, long knownFailures) {}

  record ProbeJson(String backend, boolean available, String reason, List<DeviceJson> devices, List<String> notes) {}

  record DeviceJson(String id, String name, String detail) {}

  record CellJson(String kernel, String size, String backend, String device, String verdict, String reason,
      Map<String, StageJson> stages, Map<String, OutputJson> outputs, TimingJson timing) {}

  record StageJson(String status, String text) {}

  /** {@code passed} and {@code summary} are derived. */
  record OutputJson(String type, long compared, long mismatches, boolean passed, double maxAbsError,
      double maxUlpError, ElementJson worst, List<ElementJson> firstMismatches, String summary) {}

  record ElementJson(long index, double expected, double actual, double absError, double ulpError) {}

  /** {@code medianNs}, {@code minNs} and {@code repetitions} are derived from the samples. */
  record TimingJson(long medianNs, long minNs, int repetitions, long wallNs, List<Long> samplesNs, Double bytes,
      Double flops, Double peakGBs, Double gbPerSecond, Double gflops, Double percentOfPeak) {}

  // ---- run model -> document

  static Document of(RunReport r) {
    return new Document(r.schemaVersion(), r.kportVersion(), r.startedAt().toString(), r.host(), r.args(),
        tally(r.cells()), r.probes().stream().map(ResultsDocument::probe).toList(),
        r.cells().stream().map(ResultsDocument::cell).toList());
  }

  private static TallyJson tally(List<CellResult> cells) {
    return new TallyJson(cells.size(), count(cells, Verdict.PASS),
        cells.stream().filter(c -> c.verdict().fails()).count(), count(cells, Verdict.SKIPPED),
        count(cells, Verdict.EXPECTED_FAILURE));
  }

  private static long count(List<CellResult> cells, Verdict v) {
    return cells.stream().filter(c -> c.verdict() == v).count();
  }

  private static ProbeJson probe(BackendProbe p) {
    return new ProbeJson(p.backend(), p.unavailable().isEmpty(), p.unavailable().orElse(null),
        p.devices().stream().map(d -> new DeviceJson(d.id(), d.name(), d.detail())).toList(), p.notes());
  }

  private static CellJson cell(CellResult c) {
    Map<String, StageJson> stages = new LinkedHashMap<>();
    c.stages().forEach((stage, r) -> stages.put(stageKey(stage), new StageJson(status(r), r.text())));
    Map<String, OutputJson> outputs = new LinkedHashMap<>();
    c.comparisons().forEach((name, cmp) -> outputs.put(name, output(cmp)));
    return new CellJson(c.kernel(), c.size(), c.backend(), c.device(), verdictKey(c.verdict()), c.reason(),
        stages, outputs, c.timing().map(ResultsDocument::timing).orElse(null));
  }

  private static OutputJson output(Comparison c) {
    return new OutputJson(c.type().spelling, c.compared(), c.mismatches(), c.passed(), c.maxAbsError(),
        c.maxUlpError(), c.worst().map(ResultsDocument::element).orElse(null),
        c.firstMismatches().stream().map(ResultsDocument::element).toList(), c.summary());
  }

  private static ElementJson element(Comparison.Element e) {
    return new ElementJson(e.index(), e.expected(), e.actual(), e.absError(), e.ulpError());
  }

  private static TimingJson timing(Timing t) {
    return new TimingJson(t.medianNs(), t.minNs(), t.repetitions(), t.wallNs(),
        Arrays.stream(t.samplesNs()).boxed().toList(), orNull(t.bytes()), orNull(t.flops()), orNull(t.peakGBs()),
        orNull(t.gbPerSecond()), orNull(t.gflops()), orNull(t.percentOfPeak()));
  }

  /** Unknown figures are null in the document: NaN is for values, not for absence. */
  private static Double orNull(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static double orNaN(Double v) {
    return v == null ? Double.NaN : v;
  }

  /** {@code translate}, {@code build}, ...: the keys of a cell's {@code stages}. */
  static String stageKey(Stage s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  /** {@code pass}, {@code mismatch}, ..., {@code expected_failure}. */
  static String verdictKey(Verdict v) {
    return v.name().toLowerCase(Locale.ROOT);
  }

  /** ok, failed, skipped or crashed: the sealed type's name, as DESIGN.md spells the stage outcomes. */
  static String status(StageResult r) {
    if (r instanceof StageResult.Ok) {
      return "ok";
    }
    if (r instanceof StageResult.Failed) {
      return "failed";
    }
    if (r instanceof StageResult.Skipped) {
      return "skipped";
    }
    return "crashed";
  }

  // ---- document -> run model; the schema has already checked keys, types and enumerations

  static RunReport toReport(Document d) {
    return new RunReport(d.schemaVersion(), d.kportVersion(), Instant.parse(d.startedAt()), d.host(), d.args(),
        d.probes().stream().map(ResultsDocument::toProbe).toList(),
        d.cells().stream().map(ResultsDocument::toCell).toList());
  }

  private static BackendProbe toProbe(ProbeJson p) {
    List<DeviceInfo> devices = p.devices().stream()
        .map(d -> new DeviceInfo(p.backend(), d.id(), d.name(), d.detail())).toList();
    return new BackendProbe(p.backend(), devices, Optional.ofNullable(p.reason()), p.notes());
  }

  private static CellResult toCell(CellJson c) {
    Map<Stage, StageResult> stages = new LinkedHashMap<>();
    c.stages().forEach((key, s) -> stages.put(Stage.valueOf(key.toUpperCase(Locale.ROOT)), toStage(s)));
    Map<String, Comparison> comparisons = new LinkedHashMap<>();
    c.outputs().forEach((name, o) -> comparisons.put(name, toComparison(o)));
    Optional<Timing> timing = Optional.ofNullable(c.timing())
        .map(t -> new Timing(t.samplesNs().stream().mapToLong(Long::longValue).toArray(), t.wallNs(),
            orNaN(t.bytes()), orNaN(t.flops()), orNaN(t.peakGBs())));
    return new CellResult(c.kernel(), c.size(), c.backend(), c.device(), stages, comparisons, timing,
        Verdict.valueOf(c.verdict().toUpperCase(Locale.ROOT)), c.reason());
  }

  private static StageResult toStage(StageJson s) {
    return switch (s.status()) {
      case "ok" -> new StageResult.Ok(s.text());
      case "failed" -> new StageResult.Failed(s.text());
      case "skipped" -> new StageResult.Skipped(s.text());
      default -> new StageResult.Crashed(s.text());
    };
  }

  private static Comparison toComparison(OutputJson o) {
    ElementType type = ElementType.parse(o.type())
        .orElseThrow(() -> new IllegalArgumentException("unknown element type " + o.type()));
    return new Comparison(type, o.compared(), o.mismatches(), o.maxAbsError(), o.maxUlpError(),
        Optional.ofNullable(o.worst()).map(ResultsDocument::toElement),
        o.firstMismatches().stream().map(ResultsDocument::toElement).toList());
  }

  private static Comparison.Element toElement(ElementJson e) {
    return new Comparison.Element(e.index(), e.expected(), e.actual(), e.absError(), e.ulpError());
  }
}
