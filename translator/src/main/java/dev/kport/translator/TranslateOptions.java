package dev.kport.translator;

import dev.kport.translator.hip.LaunchSyntax;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to translate one source.
 *
 * @param target what to produce
 * @param includeDirs {@code -I} directories searched after the including file's own folder
 * @param defines {@code -D} macros (name to value; an empty value means defined as 1)
 * @param entries kernels to emit (CUDA names, template instantiations such as {@code reduce<float, 256>});
 *     empty means every kernel
 * @param launchSyntax HIP only: keep {@code <<<>>>} or emit {@code hipLaunchKernelGGL}
 * @param activeBranchesOnly HIP only: translate only the code that {@code #if} branches leave active under
 *     {@code defines} (in nvcc's host or device pass); by default code in every branch is translated
 */
public record TranslateOptions(Target target, List<Path> includeDirs, Map<String, String> defines, List<String> entries,
    LaunchSyntax launchSyntax, boolean activeBranchesOnly) {

  public TranslateOptions {
    includeDirs = List.copyOf(includeDirs);
    defines = Map.copyOf(defines);
    entries = List.copyOf(entries);
    java.util.Objects.requireNonNull(launchSyntax, "launchSyntax");
  }

  /** Launches kept as written, every branch translated. */
  public TranslateOptions(Target target, List<Path> includeDirs, Map<String, String> defines, List<String> entries) {
    this(target, includeDirs, defines, entries, LaunchSyntax.CUDA, false);
  }

  public static TranslateOptions of(Target target) {
    return new TranslateOptions(target, List.of(), Map.of(), List.of());
  }

  public TranslateOptions withLaunchSyntax(LaunchSyntax syntax) {
    return new TranslateOptions(target, includeDirs, defines, entries, syntax, activeBranchesOnly);
  }

  public TranslateOptions withActiveBranchesOnly(boolean only) {
    return new TranslateOptions(target, includeDirs, defines, entries, launchSyntax, only);
  }
}
