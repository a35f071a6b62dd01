package dev.kport.translator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.testing.RandomSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenEditsTest {

  private final List<Token> tokens = Lexer.lex("a + b;"); // a, ' ', +, ' ', b, ;

  @Test
  void untouchedTextComesBackExactly() {
    assertThat(new TokenEdits(tokens).render(0, tokens.size())).isEqualTo("a + b;");
  }

  @Test
  void anyInputWithNoRuleApplyingComesBackByteForByte() {
    // the emit stage's promise: text no rule touched is written out exactly as it was read
    RandomSource.forAll(0x5EED_0001L, 500, r -> r.between(0, 1) == 0 ? r.anyString(300) : r.latin1Bytes(300),
        source -> {
          List<Token> lexed = Lexer.lex(source);
          assertThat(new TokenEdits(lexed).render(0, lexed.size())).isEqualTo(source);
        });
  }

  @Test
  void replacementsInsertionsAndDeletionsApplyInPlace() {
    TokenEdits edits = new TokenEdits(tokens);
    edits.replace(0, "x");
    edits.insertBefore(4, "(");
    edits.delete(1, 3);
    assertThat(edits.render(0, tokens.size())).isEqualTo("x (b;");
  }

  @Test
  void anInsertionAtARangeBoundaryBelongsToTheRangeStartingThere() {
    TokenEdits edits = new TokenEdits(tokens);
    edits.insertBefore(2, "[");
    assertThat(edits.render(0, 2)).isEqualTo("a ");
    assertThat(edits.render(2, tokens.size())).isEqualTo("[+ b;");
    edits.insertBefore(tokens.size(), "!");
    assertThat(edits.render(2, tokens.size())).isEqualTo("[+ b;!");
  }

  @Test
  void theFirstOfTwoOverlappingReplacementsWins() {
    TokenEdits edits = new TokenEdits(tokens);
    edits.replace(0, 3, "A");
    edits.replace(2, 5, "B");
    assertThat(edits.render(0, tokens.size())).isEqualTo("A b;");
  }
}
