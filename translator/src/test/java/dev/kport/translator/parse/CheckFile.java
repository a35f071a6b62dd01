package dev.kport.translator.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * FileCheck-style matching: {@code // CHECK: text} finds a later output line containing text,
 * {@code // CHECK-NEXT: text} requires it on the very next line, {@code // CHECK-NOT: text}
 * forbids it between the previous match and the next one.
 */
final class CheckFile {

  record Directive(String kind, String text, int line) {}

  private CheckFile() {}

  static List<Directive> directives(String source) {
    List<Directive> out = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      for (String kind : new String[] {"CHECK-NEXT:", "CHECK-NOT:", "CHECK:"}) {
        if (l.startsWith("// " + kind)) {
          out.add(new Directive(kind.substring(0, kind.length() - 1), l.substring(3 + kind.length()).strip(), i + 1));
          break;
        }
      }
    }
    return out;
  }

  /** Null when every directive holds, else a message naming the first that does not. */
  static String match(List<Directive> directives, String output) {
    String[] lines = output.split("\n", -1);
    int pos = -1;
    List<Directive> pendingNot = new ArrayList<>();
    for (Directive d : directives) {
      if (d.kind().equals("CHECK-NOT")) {
        pendingNot.add(d);
        continue;
      }
      int found = -1;
      if (d.kind().equals("CHECK-NEXT")) {
        if (pos + 1 < lines.length && lines[pos + 1].contains(d.text())) {
          found = pos + 1;
        } else {
          return "line " + d.line() + ": CHECK-NEXT '" + d.text() + "' but the next line is '"
              + (pos + 1 < lines.length ? lines[pos + 1] : "<end>") + "'";
        }
      } else {
        for (int i = pos + 1; i < lines.length; i++) {
          if (lines[i].contains(d.text())) {
            found = i;
            break;
          }
        }
        if (found < 0) {
          return "line " + d.line() + ": CHECK '" + d.text() + "' not found after output line " + (pos + 1);
        }
      }
      String violated = notBetween(pendingNot, lines, pos + 1, found);
      if (violated != null) {
        return violated;
      }
      pendingNot.clear();
      pos = found;
    }
    return notBetween(pendingNot, lines, pos + 1, lines.length);
  }

  private static String notBetween(List<Directive> nots, String[] lines, int from, int to) {
    for (Directive n : nots) {
      for (int i = from; i < to; i++) {
        if (lines[i].contains(n.text())) {
          return "line " + n.line() + ": CHECK-NOT '" + n.text() + "' found in '" + lines[i] + "'";
        }
      }
    }
    return null;
  }
}
