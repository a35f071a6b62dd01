package dev.kport.harness.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds and runs command-line tools (nvcc, hipcc) with a time limit, capturing their output. */
public final class ExternalTool {

  /** What a finished command printed, stdout and stderr together. */
  public record Outcome(int exitCode, String output, boolean timedOut) {
    public boolean ok() {
      return exitCode == 0 && !timedOut;
    }
  }

  private ExternalTool() {}

  /** The tool on PATH, or in one of the extra folders given (e.g. /usr/local/cuda/bin). */
  public static Optional<Path> find(String name, String... extraDirs) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
    dirs.addAll(List.of(extraDirs));
    for (String d : dirs) {
      if (d.isEmpty()) {
        continue;
      }
      Path p = Path.of(d, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public static Outcome run(List<String> command, Path workDir, long timeoutSeconds) throws IOException {
    return run(command, workDir, timeoutSeconds, java.util.Map.of());
  }

  /** @param environment variables set for the command on top of this process's */
  public static Outcome run(List<String> command, Path workDir, long timeoutSeconds,
      java.util.Map<String, String> environment) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(environment);
    if (workDir != null) {
      pb.directory(workDir.toFile());
    }
    Process p = pb.start();
    // drain while waiting so a chatty compiler cannot block on a full pipe
    StringBuilder out = new StringBuilder();
    Thread reader = new Thread(() -> {
      try {
        out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        out.append("(output lost: ").append(e.getMessage()).append(')');
      }
    });
    reader.start();
    try {
      boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly();
      }
      reader.join(5000);
      return new Outcome(done ? p.exitValue() : -1, out.toString(), !done);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return new Outcome(-1, out.toString(), true);
    }
  }

  /** First line of what {@code tool --version} prints that contains a digit, or "unknown version". */
  public static String version(Path tool, String... markers) {
    try {
      Outcome o = run(List.of(tool.toString(), "--version"), null, 30);
      for (String line : o.output().split("\n")) {
        for (String m : markers) {
          if (line.contains(m)) {
            return line.trim();
          }
        }
      }
      return "unknown version";
    } catch (IOException e) {
      return "version unknown (" + e.getMessage() + ")";
    }
  }
}
