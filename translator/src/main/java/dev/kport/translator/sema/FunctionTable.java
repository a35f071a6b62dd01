package dev.kport.translator.sema;

import dev.kport.translator.parse.tree.Decl;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The body each function symbol reaches and each function's parameters. The walk only appends
 * to lists, in its order; the identity maps the queries need are made from them at the first
 * query. Putting every function node and symbol in an identity map during the walk made the
 * JVM create and store an identity hash for each, a fair share of sema's cost for a file whose
 * model is often never asked about functions.
 */
final class FunctionTable {

  private final List<Symbol> definedSymbols = new ArrayList<>();
  private final List<Decl.Function> bodies = new ArrayList<>();
  /** Entries that apply only when their symbol reaches no body yet. */
  private final BitSet unlessDefined = new BitSet();
  private final List<Decl.Function> functions = new ArrayList<>();
  private final List<List<Symbol>> parameterLists = new ArrayList<>();
  private Map<Symbol, Decl.Function> definitions;
  private List<Decl.Function> definedInOrder;
  private Map<Decl.Function, List<Symbol>> parameters;

  /** {@code symbol}'s body is {@code body}. */
  void define(Symbol symbol, Decl.Function body) {
    definedSymbols.add(symbol);
    bodies.add(body);
  }

  /** {@code symbol} (a prototype) reaches {@code body} unless an earlier body was recorded for it. */
  void defineUnlessDefined(Symbol symbol, Decl.Function body) {
    unlessDefined.set(definedSymbols.size());
    define(symbol, body);
  }

  void parameters(Decl.Function function, List<Symbol> params) {
    functions.add(function);
    parameterLists.add(params);
  }

  /** The body a function symbol reaches, or null. */
  Decl.Function definitionOf(Symbol symbol) {
    replayDefinitions();
    return definitions.get(symbol);
  }

  /** Every body some symbol reaches, each once, in the order the walk met them. */
  List<Decl.Function> definitions() {
    replayDefinitions();
    return definedInOrder;
  }

  /** The parameter symbols of a function, in order; empty when the walk did not reach it. */
  List<Symbol> parametersOf(Decl.Function function) {
    if (parameters == null) {
      parameters = new IdentityHashMap<>(functions.size() * 2);
      for (int i = 0; i < functions.size(); i++) {
        parameters.put(functions.get(i), parameterLists.get(i));
      }
    }
    return parameters.getOrDefault(function, List.of());
  }

  private void replayDefinitions() {
    if (definitions != null) {
      return;
    }
    definitions = new IdentityHashMap<>(definedSymbols.size() * 2);
    LinkedHashSet<Decl.Function> order = new LinkedHashSet<>();
    for (int i = 0; i < definedSymbols.size(); i++) {
      Symbol s = definedSymbols.get(i);
      if (unlessDefined.get(i) && definitions.containsKey(s)) {
        continue;
      }
      definitions.put(s, bodies.get(i));
      order.add(bodies.get(i));
    }
    definedInOrder = new ArrayList<>(order);
  }
}
