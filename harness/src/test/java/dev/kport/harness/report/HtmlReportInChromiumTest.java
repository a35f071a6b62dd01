package dev.kport.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kport.harness.run.CellResult;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: opened in headless Chromium (Debian's {@code chromium},
 * which ci/install-deps.sh installs), it must draw its charts and its table. Skipped, saying so,
 * where Chromium is not installed.
 */
class HtmlReportInChromiumTest {

  private static final long TIMEOUT_S = 120;

  /** The screenshot is kept here when set, so a person can look at it. */
  private static final String KEEP_SHOT = System.getProperty("kport.test.screenshot", "");

  private static Optional<Path> chromium;

  @TempDir
  static Path dir;

  @BeforeAll
  static void findChromium() {
    chromium = onPath("chromium").or(() -> onPath("chromium-browser"));
  }

  private static Optional<Path> onPath(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(d, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The fixtures' cells with bandwidth figures for the timed ones, so both charts are drawn. */
  private static Path page() throws Exception {
    String html = HtmlReport.render(ReportFixtures.report(),
        c -> c.timing().isPresent() ? OptionalDouble.of(c.verdict().fails() ? 35 : 80) : OptionalDouble.empty());
    Path file = dir.resolve("report.html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> command(String... extra) {
    assumeTrue(chromium.isPresent(), "chromium is not installed (ci/install-deps.sh installs it): "
        + "the HTML report was not checked in a browser");
    List<String> cmd = new ArrayList<>(List.of(chromium.get().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile-" + extra[0].hashCode()),
        "--window-size=1280,2000"));
    cmd.addAll(List.of(extra));
    return cmd;
  }

  /** Runs Chromium; returns what it printed on standard output. */
  private static String chromium(List<String> cmd) throws Exception {
    Path stdout = Files.createTempFile(dir, "chromium", ".out");
    Path stderr = Files.createTempFile(dir, "chromium", ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_S + " s: " + Files.readString(stderr));
    }
    assertThat(p.exitValue()).as("chromium's exit code; it said: %s", Files.readString(stderr)).isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  @Test
  void theScreenshotShowsTheChartsAndTheStatusColours() throws Exception {
    Path page = page();
    Path shot = dir.resolve("shot.png");

    chromium(command("--screenshot=" + shot, page.toUri().toString()));

    assertThat(shot).exists();
    assertThat(Files.size(shot)).as("a PNG of a drawn page, not an empty one").isGreaterThan(20_000);
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image).as("a PNG that ImageIO reads").isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    Set<Integer> colours = sampledColours(image);
    assertThat(colours.size()).as("distinct colours on a 16-pixel grid: a blank page has one").isGreaterThan(20);
    // the first chart series' blue fills its bars, the pass badge's green and the failure badge's red fill
    // theirs: each must be on screen somewhere
    assertThat(count(image, 0x0072B2)).as("pixels of the charts' bars").isGreaterThan(500);
    assertThat(count(image, 0x1A7F37)).as("pixels of the green pass badge").isGreaterThan(50);
    assertThat(count(image, 0xCF222E)).as("pixels of the red failure badges and headline bar").isGreaterThan(50);
    if (!KEEP_SHOT.isEmpty()) {
      Files.copy(shot, Path.of(KEEP_SHOT), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void theRenderedDomHasTheTableRowsAndBothCharts() throws Exception {
    String dom = chromium(command("--dump-dom", page().toUri().toString()));

    assertThat(Pattern.compile("<tr class=\"cell\"").matcher(dom).results().count())
        .isEqualTo(ReportFixtures.cells().size());
    for (CellResult c : ReportFixtures.cells()) {
      assertThat(dom).contains("data-verdict=\"" + ResultsDocument.verdictKey(c.verdict()) + "\"")
          .contains("<td>" + HtmlReport.text(c.kernel()) + "</td>");
    }
    assertThat(dom).contains("<svg").contains("id=\"chart-time\"").contains("id=\"chart-bandwidth\"")
        .contains("<summary>build: failed</summary>");
    assertThat(Pattern.compile("<rect[^>]*fill:rgb\\(0,114,178\\)").matcher(dom).results().count())
        .as("bars drawn in the first series' colour in the charts").isGreaterThanOrEqualTo(4);
  }

  private static Set<Integer> sampledColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 16) {
      for (int x = 0; x < image.getWidth(); x += 16) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return colours;
  }

  private static long count(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
