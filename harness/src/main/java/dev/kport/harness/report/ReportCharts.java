package dev.kport.harness.report;

import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Timing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The HTML report's charts, drawn with JFreeChart onto JFreeSVG's canvas, so each chart is an
 * inline {@code <svg>} element: text the page carries with it, sharp at any zoom, and readable by
 * a test through the DOM. Bars run across, one row per kernel and size, one colour per backend
 * (and device), because kernel names are long and their number grows.
 */
final class ReportCharts {

  /** Where a cell's share of its device's measured bandwidth comes from; empty when unknown. */
  interface BandwidthSource extends Function<CellResult, OptionalDouble> {}

  /** A timed cell's GB/s as a share of its device's probed bandwidth, when both are known. */
  static final BandwidthSource FROM_TIMING = cell -> cell.timing().map(t -> t.percentOfPeak())
      .filter(Double::isFinite).map(OptionalDouble::of).orElse(OptionalDouble.empty());

  static final int WIDTH = 960;
  private static final int ROW_HEIGHT = 16;
  private static final int FRAME_HEIGHT = 150;
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
  // distinguishable in print and for the common colour blindnesses (Okabe-Ito)
  private static final Paint[] SERIES = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), Color.DARK_GRAY};

  private ReportCharts() {}

  /** Median device time per kernel and backend, log scale; empty when no cell was timed. */
  static Optional<String> timeChart(List<CellResult> cells) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (CellResult c : cells) {
      Optional<Timing> t = c.timing().filter(x -> x.medianNs() > 0);
      if (t.isPresent()) {
        double us = t.get().medianNs() / 1e3;
        data.addValue(us, CellText.column(c, cells), row(c, cells));
        min = Math.min(min, us);
        max = Math.max(max, us);
      }
    }
    if (data.getColumnCount() == 0) {
      return Optional.empty();
    }
    LogAxis axis = new LogAxis("median device time per run, µs (log scale)");
    axis.setBase(10);
    axis.setTickUnit(new NumberTickUnit(1));
    axis.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
    // bars need a finite base: the decade at or below the fastest kernel
    double floor = Math.pow(10, Math.floor(Math.log10(min)));
    axis.setRange(floor, Math.pow(10, Math.ceil(Math.log10(max * 1.5))));
    JFreeChart chart = chart("Time per kernel and backend", data, axis, floor);
    return Optional.of(svg(chart, "time", height(data)));
  }

  /**
   * GB/s as a percentage of the device's measured bandwidth; empty when no cell carries the
   * figure, so the page says why instead of drawing an empty chart.
   */
  static Optional<String> bandwidthChart(List<CellResult> cells, BandwidthSource source) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double max = 100;
    for (CellResult c : cells) {
      OptionalDouble pct = source.apply(c);
      if (pct.isPresent() && Double.isFinite(pct.getAsDouble())) {
        data.addValue(pct.getAsDouble(), CellText.column(c, cells), row(c, cells));
        max = Math.max(max, pct.getAsDouble());
      }
    }
    if (data.getColumnCount() == 0) {
      return Optional.empty();
    }
    NumberAxis axis = new NumberAxis("% of the device's measured bandwidth (GB/s at the median time)");
    axis.setRange(0, max * 1.05);
    axis.setTickUnit(new NumberTickUnit(max > 200 ? 50 : 10));
    JFreeChart chart = chart("Bandwidth per kernel and backend", data, axis, 0);
    ValueMarker peak = new ValueMarker(100, Color.GRAY, new BasicStroke(1.5f));
    chart.getCategoryPlot().addRangeMarker(peak);
    return Optional.of(svg(chart, "bandwidth", height(data)));
  }

  /** A chart's row: the kernel, with its size when the report has more than one size. */
  static String row(CellResult c, List<CellResult> cells) {
    Set<String> sizes = new LinkedHashSet<>();
    cells.forEach(x -> sizes.add(x.size()));
    return sizes.size() > 1 ? c.kernel() + " [" + c.size() + "]" : c.kernel();
  }

  private static JFreeChart chart(String title, DefaultCategoryDataset data, ValueAxis axis, double base) {
    CategoryAxis kernels = new CategoryAxis();
    kernels.setTickLabelFont(LABEL);
    kernels.setCategoryMargin(0.15);
    axis.setTickLabelFont(LABEL);
    axis.setLabelFont(LABEL);
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setBase(base);
    bars.setItemMargin(0.05);
    for (int i = 0; i < data.getRowCount(); i++) {
      bars.setSeriesPaint(i, SERIES[i % SERIES.length]);
    }
    CategoryPlot plot = new CategoryPlot(data, kernels, axis, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xCCCCCC));
    plot.setOutlineVisible(false);
    JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getLegend().setItemFont(LABEL);
    chart.setTitle(new TextTitle(title, TITLE));
    // room on the right for the last tick label, which sits centred on the plot's edge
    chart.setPadding(new RectangleInsets(4, 4, 4, 28));
    return chart;
  }

  private static int height(DefaultCategoryDataset data) {
    return FRAME_HEIGHT + data.getColumnCount() * Math.max(1, data.getRowCount()) * ROW_HEIGHT;
  }

  /** The chart as an {@code <svg>} element with id {@code chart-NAME}, scaling to its container. */
  private static String svg(JFreeChart chart, String name, int height) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
    // two charts on one page: their clip-path ids must not collide
    g.setDefsKeyPrefix("kport-" + name + "-");
    chart.draw(g, new Rectangle(WIDTH, height));
    return g.getSVGElement("chart-" + name, true, new org.jfree.svg.ViewBox(0, 0, WIDTH, height), null, null);
  }
}
