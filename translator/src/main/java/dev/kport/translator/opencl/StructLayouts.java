package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.iface.StructLayout;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The memory layout of a struct the program defines, by C's rules that CUDA and OpenCL share:
 * each field at the next multiple of its alignment, the size rounded up to the largest one.
 * Nested structs are laid out first. Only fields of built-in scalar and 2- or 4-component vector
 * types are known; 3-component vectors (12 bytes in CUDA, 16 in OpenCL), arrays and pointers give
 * no layout, so such a struct cannot be passed by value.
 */
final class StructLayouts {

  /** {@code const} and {@code struct} before a type's name; compiled once, not per parameter. */
  private static final Pattern QUALIFIERS = Pattern.compile("^(const\\s+)?(struct\\s+)?");
  private static final Map<String, Integer> SIZES = Map.ofEntries(Map.entry("char", 1), Map.entry("signed char", 1),
      Map.entry("unsigned char", 1), Map.entry("uchar", 1), Map.entry("short", 2), Map.entry("unsigned short", 2),
      Map.entry("ushort", 2), Map.entry("int", 4), Map.entry("unsigned", 4), Map.entry("unsigned int", 4),
      Map.entry("uint", 4), Map.entry("float", 4), Map.entry("long", 8), Map.entry("unsigned long", 8),
      Map.entry("ulong", 8), Map.entry("long long", 8), Map.entry("unsigned long long", 8), Map.entry("double", 8),
      Map.entry("float2", 8), Map.entry("float4", 16), Map.entry("int2", 8), Map.entry("int4", 16),
      Map.entry("uint2", 8), Map.entry("uint4", 16), Map.entry("double2", 16));

  private record Definition(SourceText text, Declaration.Type decl) {}

  private final Map<String, Definition> structs = new HashMap<>();
  private final UnaryOperator<String> resolve;
  private final java.util.Set<String> typeNames;

  StructLayouts(UnaryOperator<String> resolve, java.util.Set<String> typeNames) {
    this.resolve = resolve;
    this.typeNames = typeNames;
  }

  void define(SourceText text, Declaration.Type decl) {
    decl.names().forEach(n -> structs.putIfAbsent(n, new Definition(text, decl)));
  }

  /** The layout of struct {@code type} (written {@code S} or {@code struct S}); empty when not a known struct. */
  Optional<StructLayout> of(String type) {
    return layout(resolve.apply(QUALIFIERS.matcher(type).replaceFirst("").strip()), 0);
  }

  private Optional<StructLayout> layout(String name, int depth) {
    Definition d = structs.get(name);
    if (d == null || depth > 8) {
      return Optional.empty();
    }
    List<dev.kport.translator.lex.Token> tokens = d.text().tokens();
    int open = -1;
    for (int j = d.decl().item().first(); j <= d.decl().item().last(); j++) {
      if (tokens.get(j).is("{")) {
        open = j;
        break;
      }
    }
    if (open < 0) {
      return Optional.empty();
    }
    int close = Tokens.matching(tokens, open, d.decl().item().last() + 1);
    List<StructLayout.Field> fields = new ArrayList<>();
    long offset = 0;
    long align = 1;
    for (int[] s : Statements.split(tokens, open + 1, close)) {
      LocalDeclaration member = LocalDeclaration.read(d.text(), s[0], s[1] + 1, typeNames);
      if (member == null) {
        return Optional.empty();
      }
      String type = resolve.apply(member.baseType());
      for (LocalDeclaration.Declarator v : member.declarators()) {
        if (v.stars() > 0 || v.array()) {
          return Optional.empty();
        }
        Integer size = SIZES.get(type);
        if (size != null) {
          long a = size; // scalars and 2- or 4-component vectors align to their size
          offset = (offset + a - 1) / a * a;
          fields.add(new StructLayout.Field(v.name(), type, offset));
          offset += size;
          align = Math.max(align, a);
          continue;
        }
        Optional<StructLayout> nested = layout(type, depth + 1);
        if (nested.isEmpty()) {
          return Optional.empty();
        }
        long a = alignment(nested.get());
        offset = (offset + a - 1) / a * a;
        for (StructLayout.Field f : nested.get().fields()) {
          fields.add(new StructLayout.Field(v.name() + "." + f.name(), f.type(), offset + f.offset()));
        }
        offset += nested.get().bytes();
        align = Math.max(align, a);
      }
    }
    long bytes = (offset + align - 1) / align * align;
    return Optional.of(new StructLayout(bytes, fields));
  }

  private static long alignment(StructLayout layout) {
    return layout.fields().stream().mapToLong(f -> SIZES.getOrDefault(f.type(), 1)).max().orElse(1);
  }
}
