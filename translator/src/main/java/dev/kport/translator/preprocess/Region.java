package dev.kport.translator.preprocess;

/**
 * A run of the main file's tokens that a conditional directive switched off.
 *
 * @param firstToken index of the first token of the region (after the directive that opened it)
 * @param lastToken index of the last token before the directive that closed it
 * @param firstLine 1-based line where the region starts
 * @param lastLine 1-based line where it ends
 * @param condition the directive that made it inactive, e.g. {@code #if __CUDA_ARCH__ >= 700}
 */
public record Region(int firstToken, int lastToken, int firstLine, int lastLine, String condition) {}
