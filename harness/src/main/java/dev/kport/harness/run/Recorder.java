package dev.kport.harness.run;

import dev.kport.harness.backend.opencl.OpenClBackend;
import dev.kport.harness.backend.opencl.OpenClExecutor;
import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs one spec case on one backend and keeps its inputs and outputs as golden files. */
public final class Recorder {

  private Recorder() {}

  /** Records what the Java reference model computes. */
  public static Path recordReference(KernelSpec spec, String size, Path root, String version)
      throws SpecException, IOException, DeviceException {
    CaseData data = CaseData.prepare(spec, size);
    if (data.referenceError().isPresent()) {
      throw new DeviceException(data.referenceError().get());
    }
    return GoldenFiles.record(root, spec, size, data.inputs(), data.expected(), "reference",
        "Java model " + spec.check().reference(), version);
  }

  /** Records what the translated kernel computes on an OpenCL device. */
  public static Path recordOpenCl(KernelSpec spec, String size, OpenClBackend.Device device, Path root, String version)
      throws SpecException, IOException, DeviceException {
    TranslatedKernel t = TranslatedKernel.translate(spec);
    if (!t.ok()) {
      throw new DeviceException("translation failed: " + t.error().get());
    }
    CaseData data = CaseData.prepare(spec, size);
    Map<String, HostBuffer> outputs = new LinkedHashMap<>();
    try (OpenClExecutor ex = OpenClExecutor.build(device, t.translation().get().output(),
        "-cl-std=CL1.2" + data.defineOptions())) {
      StepInterpreter steps = new StepInterpreter(spec, t.translation().get().kernelInterface().get());
      ex.upload(data.inputCopies());
      steps.run(data.variables(), ex);
      ex.finish();
      for (String out : spec.check().outputs()) {
        outputs.put(out, ex.read(out));
      }
    }
    return GoldenFiles.record(root, spec, size, data.inputs(), outputs, OpenClBackend.ID, device.info().name(), version);
  }
}
