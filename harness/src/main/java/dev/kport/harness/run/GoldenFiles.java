package dev.kport.harness.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.data.Npy;
import dev.kport.harness.spec.KernelSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recorded runs: a backend's inputs and outputs as {@code .npy} with a manifest, so a machine
 * without that backend (a CI runner without the original GPU) can check any other backend
 * against them. Layout: {@code ROOT/KERNEL/SIZE/{inputs,outputs}/BUFFER.npy} and
 * {@code ROOT/KERNEL/SIZE/manifest.json}.
 */
public final class GoldenFiles {

  public static final String MANIFEST = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GoldenFiles() {}

  /**
   * What a recording says of itself.
   *
   * @param specSha256 hash of the spec and its source, to tell which version was recorded
   */
  public record Manifest(String kportVersion, String backend, String device, String kernel, String size,
      String specSha256, String recordedAt, List<String> inputs, List<String> outputs) {}

  public static Path caseDir(Path root, KernelSpec spec, String size) {
    return root.resolve(spec.name()).resolve(size);
  }

  /** Writes one case's recording, replacing an earlier one. */
  public static Path record(Path root, KernelSpec spec, String size, Map<String, HostBuffer> inputs,
      Map<String, HostBuffer> outputs, String backend, String device, String kportVersion) throws IOException {
    Path dir = caseDir(root, spec, size);
    Files.createDirectories(dir.resolve("inputs"));
    Files.createDirectories(dir.resolve("outputs"));
    for (Map.Entry<String, HostBuffer> e : inputs.entrySet()) {
      Npy.write(dir.resolve("inputs").resolve(e.getKey() + ".npy"), e.getValue());
    }
    for (Map.Entry<String, HostBuffer> e : outputs.entrySet()) {
      Npy.write(dir.resolve("outputs").resolve(e.getKey() + ".npy"), e.getValue());
    }
    Manifest m = new Manifest(kportVersion, backend, device, spec.name(), size, specHash(spec),
        Instant.now().toString(), new ArrayList<>(inputs.keySet()), new ArrayList<>(outputs.keySet()));
    JSON.writeValue(dir.resolve(MANIFEST).toFile(), m);
    return dir;
  }

  /**
   * The recorded outputs of a case, after checking that the recorded inputs are the ones this
   * spec makes now: outputs of other inputs would prove nothing.
   *
   * @throws IOException with a message a user can act on
   */
  public static Map<String, HostBuffer> expected(Path root, KernelSpec spec, String size,
      Map<String, HostBuffer> inputs) throws IOException {
    Path dir = caseDir(root, spec, size);
    Path manifestFile = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      throw new IOException("no recording of " + spec.name() + " [" + size + "] in " + root
          + " (run 'kport record' for it first)");
    }
    Manifest m = JSON.readValue(manifestFile.toFile(), Manifest.class);
    for (Map.Entry<String, HostBuffer> e : inputs.entrySet()) {
      Path f = dir.resolve("inputs").resolve(e.getKey() + ".npy");
      if (!Files.isRegularFile(f) || !Npy.read(f, e.getValue().type()).sameContents(e.getValue())) {
        throw new IOException("the recorded input '" + e.getKey() + "' in " + dir + " differs from what the spec "
            + "makes now (recorded with spec " + m.specSha256().substring(0, 12) + ", now "
            + specHash(spec).substring(0, 12) + "): record again");
      }
    }
    Map<String, HostBuffer> expected = new LinkedHashMap<>();
    for (String out : spec.check().outputs()) {
      Path f = dir.resolve("outputs").resolve(out + ".npy");
      if (!Files.isRegularFile(f)) {
        throw new IOException("no recorded output '" + out + "' in " + dir);
      }
      expected.put(out, Npy.read(f, inputs.get(out).type()));
    }
    return expected;
  }

  /** SHA-256 of the spec file and the CUDA source it names. */
  static String specHash(KernelSpec spec) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(Files.readAllBytes(spec.file()));
      md.update(Files.readAllBytes(spec.source()));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
