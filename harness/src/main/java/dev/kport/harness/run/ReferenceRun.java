package dev.kport.harness.run;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.opencl.OpenClBackend;
import dev.kport.harness.spec.SpecException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The run of a spec's reference backend ({@code reference: {backend: B}}): B runs the case once
 * and records its inputs and outputs, and every column (B's own included, run again) is then
 * compared with that recording, as with {@code kport check --golden}. Where B cannot run, no
 * column can be judged, and each says so.
 */
final class ReferenceRun {

  private ReferenceRun() {}

  /** Where the reference outputs were written, or why there are none. */
  sealed interface Outcome {
    record Recorded(Path root) implements Outcome {}

    /** @param verdict SKIPPED when the backend is unavailable here, FAILED when it failed on this case */
    record NotRecorded(Verdict verdict, String reason) implements Outcome {}
  }

  static Outcome record(SuiteRunner.SpecCase c, String backend, BackendProbe probe, List<String> hipArchs, Path root)
      throws SpecException {
    if (!probe.canRun()) {
      return new Outcome.NotRecorded(Verdict.SKIPPED, "reference backend " + backend + " unavailable: "
          + probe.unavailable().orElse("no device"));
    }
    String version = "reference run";
    try {
      if (backend.equals(OpenClBackend.ID)) {
        List<OpenClBackend.Device> devices = OpenClBackend.devices();
        Recorder.recordOpenCl(c.spec(), c.size(), devices.get(0), root, version);
      } else {
        new ModuleCell(c, backend, hipArchs, 0, Optional.empty()).record(root, version);
      }
      return new Outcome.Recorded(root);
    } catch (DeviceException | IOException | OpenClBackend.OpenClUnavailable e) {
      return new Outcome.NotRecorded(Verdict.FAILED, "reference backend " + backend + " failed: "
          + OpenClCell.firstLine(String.valueOf(e.getMessage())));
    }
  }
}
