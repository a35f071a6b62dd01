package dev.kport.translator;

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
 */
public record TranslateOptions(Target target, List<Path> includeDirs, Map<String, String> defines, List<String> entries) {

  public TranslateOptions {
    includeDirs = List.copyOf(includeDirs);
    defines = Map.copyOf(defines);
    entries = List.copyOf(entries);
  }

  public static TranslateOptions of(Target target) {
    return new TranslateOptions(target, List.of(), Map.of(), List.of());
  }
}
