package dev.kport.harness.backend;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;

/**
 * Devices' measured memory bandwidth, kept per device in the user's cache folder
 * ({@code ~/.cache/kport/bandwidth.json}), so that only the first run on a machine pays for each
 * backend's probe. A damaged or unwritable cache costs a new measurement, never a wrong figure.
 */
public final class BandwidthCache {

  private static final Map<String, Double> MEMO = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private BandwidthCache() {}

  /**
   * GB/s for the device named by {@code key} (backend, device and driver, so a new driver is
   * measured again): from this process's memo, else the cache file, else {@code measure}.
   */
  public static double peakGBs(String key, DoubleSupplier measure) {
    return MEMO.computeIfAbsent(key, k -> cached(k).orElseGet(() -> {
      double gbs = measure.getAsDouble();
      if (!Double.isNaN(gbs)) {
        store(k, gbs);
      }
      return gbs;
    }));
  }

  static Path cacheFile() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("kport").resolve("bandwidth.json");
  }

  private static Optional<Double> cached(String key) {
    try {
      return Optional.ofNullable(read().get(key));
    } catch (IOException e) {
      return Optional.empty(); // a damaged cache is measured again and rewritten
    }
  }

  private static Map<String, Double> read() throws IOException {
    Path f = cacheFile();
    if (!Files.isRegularFile(f)) {
      return new TreeMap<>();
    }
    return JSON.readValue(f.toFile(), new TypeReference<TreeMap<String, Double>>() {});
  }

  private static synchronized void store(String key, double gbs) {
    try {
      Map<String, Double> all;
      try {
        all = read();
      } catch (IOException e) {
        all = new TreeMap<>();
      }
      all.put(key, gbs);
      Files.createDirectories(cacheFile().getParent());
      Path tmp = Files.createTempFile(cacheFile().getParent(), "bandwidth", ".json");
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), all);
      Files.move(tmp, cacheFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // without a writable cache the next run measures again; the figure itself is still good
    }
  }
}
