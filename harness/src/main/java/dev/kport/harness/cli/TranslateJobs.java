package dev.kport.harness.cli;

import dev.kport.translator.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which sources {@code kport translate} reads and where each translation goes. A folder is walked
 * for CUDA sources ({@code .cu}; for HIP also the headers {@code .cuh .h .hpp}, translated under
 * their own names so includes still find them); other files are not touched.
 */
final class TranslateJobs {

  /** Where a translation goes. */
  enum Sink { STDOUT, FILE, IN_PLACE, NOWHERE }

  /** One source and its destination ({@code out} is the source itself in place, unused for stdout/nowhere). */
  record Job(Path source, Sink sink, Path out) {}

  static final List<String> HIP_HEADERS = List.of(".cuh", ".h", ".hpp");
  static final String BACKUP_SUFFIX = ".orig";

  private final Target target;
  private final Path output;
  private final boolean inPlace;
  private final boolean examine;

  TranslateJobs(Target target, Path output, boolean inPlace, boolean examine) {
    this.target = target;
    this.output = output;
    this.inPlace = inPlace;
    this.examine = examine;
  }

  List<Job> plan(List<Path> inputs) {
    if (inPlace && output != null) {
      throw new UsageException("--in-place and -o exclude each other: translate where the files are, or into -o");
    }
    List<Job> jobs = new ArrayList<>();
    for (Path in : inputs) {
      if (!Files.exists(in)) {
        throw new UsageException(in + ": no such file or directory");
      }
      if (Files.isDirectory(in)) {
        folder(in, jobs);
      } else {
        file(in, inputs.size(), jobs);
      }
    }
    if (jobs.isEmpty()) {
      throw new UsageException("no CUDA sources (" + String.join(" ", sourceExtensions()) + ") under "
          + inputs.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse(""));
    }
    checkNoInputOverwritten(jobs);
    return jobs;
  }

  private void folder(Path dir, List<Job> jobs) {
    if (!examine && !inPlace && output == null) {
      throw new UsageException(dir + " is a folder: give -o OUT_DIR to mirror it into, or --in-place");
    }
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(dir)) {
      sources = walk.filter(Files::isRegularFile).filter(this::isSource).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(dir + ": cannot list the folder: " + e.getMessage());
    }
    for (Path f : sources) {
      jobs.add(job(f, () -> output.resolve(dir.relativize(f).toString()).resolveSibling(outputName(f))));
    }
  }

  private void file(Path in, int inputCount, List<Job> jobs) {
    if (!examine && !inPlace && output == null) {
      if (inputCount > 1) {
        throw new UsageException("several inputs: give -o OUT_DIR, or --in-place");
      }
      jobs.add(new Job(in, Sink.STDOUT, null));
    } else if (!examine && !inPlace && inputCount == 1 && !Files.isDirectory(output)
        && output.toString().endsWith(extension(outputName(in)))) {
      jobs.add(new Job(in, Sink.FILE, output)); // -o names the output file itself
    } else {
      jobs.add(job(in, () -> output.resolve(outputName(in))));
    }
  }

  private Job job(Path source, java.util.function.Supplier<Path> mirrored) {
    if (examine) {
      return new Job(source, Sink.NOWHERE, null);
    }
    return inPlace ? new Job(source, Sink.IN_PLACE, source) : new Job(source, Sink.FILE, mirrored.get());
  }

  private boolean isSource(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return sourceExtensions().stream().anyMatch(name::endsWith) && !name.endsWith(BACKUP_SUFFIX);
  }

  private List<String> sourceExtensions() {
    List<String> ext = new ArrayList<>(List.of(".cu"));
    if (target == Target.HIP) {
      ext.addAll(HIP_HEADERS);
    }
    return ext;
  }

  /** {@code a.cu} becomes {@code a.hip} (or {@code a.cl}); a header, or any other file named on the line, keeps its name. */
  String outputName(Path source) {
    String name = source.getFileName().toString();
    if (target == Target.HIP && !name.toLowerCase(Locale.ROOT).endsWith(".cu")) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    return (dot < 0 ? name : name.substring(0, dot)) + "." + target.extension();
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "\u0000" : name.substring(dot);
  }

  /** -o inside the input tree must not replace a source with its translation (that is --in-place, with a backup). */
  private static void checkNoInputOverwritten(List<Job> jobs) {
    Set<Path> sources = new HashSet<>();
    jobs.forEach(j -> sources.add(j.source().toAbsolutePath().normalize()));
    for (Job j : jobs) {
      if (j.sink() == Sink.FILE && sources.contains(j.out().toAbsolutePath().normalize())) {
        throw new UsageException(j.out() + ": the output would overwrite a source; choose another -o, or use --in-place");
      }
      if (j.sink() == Sink.IN_PLACE) {
        Path backup = backup(j.source());
        if (Files.exists(backup)) {
          throw new UsageException(backup + " exists (from an earlier --in-place?): move it away first, so the "
              + "original is not lost");
        }
      }
    }
  }

  static Path backup(Path source) {
    return source.resolveSibling(source.getFileName() + BACKUP_SUFFIX);
  }
}
