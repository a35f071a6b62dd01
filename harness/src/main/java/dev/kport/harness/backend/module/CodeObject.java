package dev.kport.harness.backend.module;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built module as the driver loads it: a cubin (nvcc -cubin) or a clang offload bundle
 * (hipcc --genco), which holds one AMD code object per target architecture. The ELF images
 * inside are what name the kernels.
 */
public record CodeObject(byte[] bytes) {

  private static final String BUNDLE_MAGIC = "__CLANG_OFFLOAD_BUNDLE__";

  /** The ELF images by target: the file itself ("elf") or each non-empty entry of a bundle (its triple). */
  public Map<String, byte[]> images() {
    if (ElfSymbols.isElf(bytes)) {
      return Map.of("elf", bytes);
    }
    if (bytes.length < 32 || !new String(bytes, 0, BUNDLE_MAGIC.length(), StandardCharsets.US_ASCII)
        .equals(BUNDLE_MAGIC)) {
      throw new IllegalArgumentException("neither an ELF file nor a clang offload bundle");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long entries = b.getLong(24);
    int at = 32;
    Map<String, byte[]> images = new LinkedHashMap<>();
    for (long i = 0; i < entries; i++) {
      long offset = b.getLong(at);
      long size = b.getLong(at + 8);
      int tripleLength = (int) b.getLong(at + 16);
      String triple = new String(bytes, at + 24, tripleLength, StandardCharsets.US_ASCII);
      at += 24 + tripleLength;
      if (size > 0) {
        byte[] image = new byte[(int) size];
        System.arraycopy(bytes, (int) offset, image, 0, image.length);
        images.put(triple, image);
      }
    }
    return images;
  }

  /**
   * The named symbols of every image, each name once (every architecture names the same kernels).
   * Locals included: nvcc makes a {@code __constant__} variable a local symbol of the cubin.
   */
  public List<ElfSymbols.Symbol> symbols() {
    Map<String, ElfSymbols.Symbol> byName = new LinkedHashMap<>();
    for (byte[] image : images().values()) {
      if (!ElfSymbols.isElf(image)) {
        continue; // a host entry of a bundle may be empty or not an ELF
      }
      for (ElfSymbols.Symbol s : ElfSymbols.read(image)) {
        if (!s.name().isEmpty()) {
          byName.putIfAbsent(s.name(), s);
        }
      }
    }
    return new ArrayList<>(byName.values());
  }
}
