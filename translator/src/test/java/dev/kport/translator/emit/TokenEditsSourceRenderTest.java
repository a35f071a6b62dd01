package dev.kport.translator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.testing.RandomSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast whole-file rendering copies from the source, and must give what the token-by-token one gives. */
class TokenEditsSourceRenderTest {

  @Test
  void sameTextAsTokenByTokenForAnyEditsOnAnyInput() {
    RandomSource.forAll(0x5EED_0F5L, 400, r -> r.between(0, 1) == 0 ? r.anyString(200) : r.latin1Bytes(200), source -> {
      List<Token> tokens = Lexer.lex(source);
      TokenEdits edits = new TokenEdits(tokens);
      RandomSource r = RandomSource.ofSeed(source.hashCode());
      for (int k = 0, n = r.between(0, 8); k < n && !tokens.isEmpty(); k++) {
        int from = r.between(0, tokens.size());
        int to = Math.min(tokens.size(), from + r.between(0, 3));
        edits.replace(from, to, r.pick("", "X", "hip(", ")", "\n"));
      }
      assertThat(edits.render(source)).isEqualTo(edits.render(0, tokens.size()));
    });
  }

  @Test
  void renderingBetweenEditsChangesNothingOfTheResult() {
    // rules render parts while they edit (launch rewrites): the sorted view kept up to date must
    // give what one sort at the end gives
    RandomSource.forAll(0x5EED_0F6L, 300, r -> r.anyString(150), source -> {
      List<Token> tokens = Lexer.lex(source);
      TokenEdits interleaved = new TokenEdits(tokens);
      TokenEdits atOnce = new TokenEdits(tokens);
      RandomSource r = RandomSource.ofSeed(source.hashCode());
      for (int k = 0, n = r.between(0, 12); k < n && !tokens.isEmpty(); k++) {
        int from = r.between(0, tokens.size());
        int to = Math.min(tokens.size(), from + r.between(0, 3));
        String text = r.pick("", "A", "B(", ")");
        interleaved.render(0, from);
        interleaved.replace(from, to, text);
        atOnce.replace(from, to, text);
      }
      assertThat(interleaved.render(source)).isEqualTo(atOnce.render(0, tokens.size()));
    });
  }

  @Test
  void editsAtTheEndsAndOverlapsAreKeptAsTheCarefulRenderingKeepsThem() {
    String source = "cudaFree(p);";
    List<Token> tokens = Lexer.lex(source);
    TokenEdits edits = new TokenEdits(tokens);
    edits.insertBefore(0, "/*a*/");
    edits.replace(0, "hipFree");
    edits.replace(0, 2, "dropped"); // overlaps the first replacement: the earlier one wins
    edits.insertBefore(tokens.size(), "//end");
    assertThat(edits.render(source)).isEqualTo("/*a*/hipFree(p);//end").isEqualTo(edits.render(0, tokens.size()));
  }
}
