package dev.kport.harness.backend.module;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The symbol table of a 64-bit little-endian ELF file: what a cubin and an AMD GPU code object
 * are. Read here rather than with nm or readelf so that finding a kernel's name needs no tool
 * that a machine with only the driver might lack.
 */
public final class ElfSymbols {

  /** Symbol type of a function (st_info low nibble). */
  public static final int STT_FUNC = 2;
  /** Symbol type of a data object. */
  public static final int STT_OBJECT = 1;
  /** Binding of a symbol visible outside its file (st_info high nibble). */
  public static final int STB_GLOBAL = 1;

  private static final int SHT_SYMTAB = 2;

  private ElfSymbols() {}

  /** One symbol table entry. */
  public record Symbol(String name, int type, int binding, int other, long size) {
    public boolean isGlobalFunction() {
      return type == STT_FUNC && binding == STB_GLOBAL;
    }
  }

  public static boolean isElf(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F';
  }

  /**
   * Every entry of the file's {@code .symtab}.
   *
   * @throws IllegalArgumentException when the bytes are no 64-bit little-endian ELF
   */
  public static List<Symbol> read(byte[] elf) {
    if (!isElf(elf) || elf.length < 64 || elf[4] != 2 || elf[5] != 1) {
      throw new IllegalArgumentException("not a 64-bit little-endian ELF file");
    }
    ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
    long shoff = b.getLong(0x28);
    int shentsize = Short.toUnsignedInt(b.getShort(0x3A));
    int shnum = Short.toUnsignedInt(b.getShort(0x3C));
    List<Symbol> symbols = new ArrayList<>();
    for (int i = 0; i < shnum; i++) {
      int sh = (int) (shoff + (long) i * shentsize);
      if (b.getInt(sh + 4) != SHT_SYMTAB) {
        continue;
      }
      long offset = b.getLong(sh + 0x18);
      long size = b.getLong(sh + 0x20);
      int link = b.getInt(sh + 0x28);
      long entsize = b.getLong(sh + 0x38);
      long strings = b.getLong((int) (shoff + (long) link * shentsize) + 0x18);
      for (long at = offset; at + entsize <= offset + size; at += entsize) {
        int e = (int) at;
        int info = Byte.toUnsignedInt(b.get(e + 4));
        symbols.add(new Symbol(string(elf, strings + Integer.toUnsignedLong(b.getInt(e))), info & 0xf, info >> 4,
            Byte.toUnsignedInt(b.get(e + 5)), b.getLong(e + 16)));
      }
    }
    return symbols;
  }

  private static String string(byte[] elf, long at) {
    int end = (int) at;
    while (end < elf.length && elf[end] != 0) {
      end++;
    }
    return new String(elf, (int) at, end - (int) at, StandardCharsets.UTF_8);
  }
}
