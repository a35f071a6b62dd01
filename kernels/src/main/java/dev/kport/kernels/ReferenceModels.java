package dev.kport.kernels;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds the registered reference models by name. */
public final class ReferenceModels {

  private static final Map<String, ReferenceModel> BY_NAME = load();

  private ReferenceModels() {}

  public static Optional<ReferenceModel> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Every registered model, sorted by name. */
  public static Map<String, ReferenceModel> all() {
    return BY_NAME;
  }

  private static Map<String, ReferenceModel> load() {
    java.util.SortedMap<String, ReferenceModel> models = new TreeMap<>();
    for (ReferenceModel m : ServiceLoader.load(ReferenceModel.class, ReferenceModels.class.getClassLoader())) {
      ReferenceModel previous = models.put(m.name(), m);
      if (previous != null) {
        throw new IllegalStateException("two reference models named '" + m.name() + "': "
            + previous.getClass().getName() + " and " + m.getClass().getName());
      }
    }
    return java.util.Collections.unmodifiableSortedMap(models);
  }
}
