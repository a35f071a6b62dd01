package dev.kport.translator.preprocess;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code #include} in an active region of the main file or of a header it reads.
 *
 * @param spelled the name as written, without quotes or brackets
 * @param system written with angle brackets: noted, never read
 * @param resolved the file read, when a quoted include was found
 * @param includedFrom the file holding the directive (empty for the main file given as text)
 * @param line 1-based line of the directive in that file
 */
public record Include(String spelled, boolean system, Optional<Path> resolved, Optional<Path> includedFrom, int line) {}
