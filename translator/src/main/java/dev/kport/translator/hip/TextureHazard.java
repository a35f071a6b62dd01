package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.util.HashSet;
import java.util.Set;

/**
 * Texture and surface references: {@code texture<...>} and {@code surface<...>} declarations, the
 * runtime calls that bind them, and fetches through them. HIP 5.2 deprecates texture references
 * (hip_runtime_api.h marks hipBindTexture and its kin deprecated) and has no surface references;
 * texture and surface objects ({@code tex1Dfetch<float>(obj, i)}) are supported and not reported.
 */
final class TextureHazard {

  private static final Set<String> TEXTURE_CALLS = Set.of("cudaBindTexture", "cudaBindTexture2D",
      "cudaBindTextureToArray", "cudaBindTextureToMipmappedArray", "cudaUnbindTexture", "cudaGetTextureReference",
      "cudaGetTextureAlignmentOffset");
  private static final Set<String> SURFACE_CALLS = Set.of("cudaBindSurfaceToArray", "cudaGetSurfaceReference");

  private final HazardContext c;
  private final Set<String> textures = new HashSet<>();
  private final Set<String> surfaces = new HashSet<>();

  private TextureHazard(HazardContext c) {
    this.c = c;
  }

  static Hazard in(HazardContext c) {
    TextureHazard h = new TextureHazard(c);
    return new Hazard() {
      @Override
      public boolean wantsName(String s) {
        return s.startsWith("tex") || s.startsWith("surf") || TEXTURE_CALLS.contains(s) || SURFACE_CALLS.contains(s);
      }

      @Override
      public void identifier(int i) {
        String s = c.text(i);
        if (s.startsWith("tex") || s.startsWith("surf") || s.startsWith("cuda")) {
          h.identifier(i);
        }
      }
    };
  }

  private void identifier(int i) {
    String text = c.text(i);
    boolean call = c.is(c.next(i), "(");
    if ((text.equals("texture") || text.equals("surface")) && c.is(c.next(i), "<") && startsDeclaration(i)) {
      reference(i);
    } else if (call && TEXTURE_CALLS.contains(text)) {
      c.report(Code.HIP_TEXTURE_REFERENCE, i, text + " works on texture references");
    } else if (call && SURFACE_CALLS.contains(text)) {
      c.report(Code.HIP_SURFACE_REFERENCE, i, text + " works on surface references");
    } else if (call && (text.startsWith("tex") || text.startsWith("surf"))) {
      fetch(i);
    }
  }

  /** A type starts where a declaration or parameter may: not {@code return surface < 1.0f}. */
  private boolean startsDeclaration(int i) {
    int p = c.previous(i);
    return p < 0 || c.is(p, ";") || c.is(p, "{") || c.is(p, "}") || c.is(p, "(") || c.is(p, ",")
        || c.kind(p) == TokenKind.DIRECTIVE
        || Set.of("static", "extern", "const", "struct", "volatile").contains(c.text(p));
  }

  /** {@code texture<float, 1, cudaReadModeElementType> name}: reports it and remembers the name. */
  private void reference(int i) {
    int depth = 0;
    int k = c.next(i);
    for (; k >= 0; k = c.next(k)) {
      if (c.is(k, "<")) {
        depth++;
      } else if (c.is(k, ">") && --depth == 0) {
        break;
      } else if (c.is(k, ">>") && (depth -= 2) <= 0) {
        break;
      } else if (c.is(k, ";")) {
        return;
      }
    }
    int name = k < 0 ? -1 : c.next(k);
    while (name >= 0 && (c.is(name, "&") || c.is(name, "*"))) {
      name = c.next(name);
    }
    boolean surface = c.at(i, "surface");
    String n = name >= 0 && c.isIdentifier(name) ? c.text(name) : "";
    (surface ? surfaces : textures).add(n);
    c.report(surface ? Code.HIP_SURFACE_REFERENCE : Code.HIP_TEXTURE_REFERENCE, i,
        (surface ? "surface reference " : "texture reference ") + n);
  }

  /** {@code tex1Dfetch(ref, i)}, {@code surf2Dwrite(v, ref, x, y)} through a reference declared here. */
  private void fetch(int i) {
    int open = c.next(i);
    int close = Tokens.matchingClose(c.tokens, open);
    for (int k = open + 1; close >= 0 && k < close; k++) {
      String s = c.text(k);
      if (c.isIdentifier(k) && (textures.contains(s) || surfaces.contains(s))) {
        Code code = textures.contains(s) ? Code.HIP_TEXTURE_REFERENCE : Code.HIP_SURFACE_REFERENCE;
        c.report(code, i, c.text(i) + " reads through the reference " + s);
        return;
      }
    }
  }
}
