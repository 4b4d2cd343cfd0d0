/**
 * The plotly figure types the chart builders return. They describe plain JSON objects — the
 * subset of plotly.js's schema siamese-lab uses — so a figure can be inspected, tweaked with a
 * spread (`{ ...figure, layout: { ...figure.layout, height: 300 } }`) and passed to
 * {@link show} or to `Plotly.newPlot(div, figure.data, figure.layout)` in a web page.
 */

/** A title as plotly.js 3 expects it (plain strings are no longer accepted). */
export interface PlotTitle {
  /** The text; plotly renders a small HTML subset in it (`<br>`, `<b>`, `<i>`, `<sup>`). */
  readonly text: string;
}

/** One axis of a 2-D chart. */
export interface AxisLayout {
  /** The axis label, drawn below the x axis or left of the y axis. */
  readonly title?: PlotTitle;
  /**
   * How values map to positions: evenly (`"linear"`), by powers of ten (`"log"`) or one slot
   * per distinct label (`"category"`). Default: plotly guesses from the data.
   */
  readonly type?: "linear" | "log" | "category";
  /**
   * The visible `[min, max]` in data units (on a `"log"` axis, in log10 units: `[0, 2]` shows
   * 1 to 100). Default: fitted to the data.
   */
  readonly range?: readonly [number, number];
  /** `"reversed"` puts the first row of a heatmap at the top. */
  readonly autorange?: boolean | "reversed";
  /** Draw a stronger line at 0 when 0 is in view (plotly's default true). */
  readonly zeroline?: boolean;
  /** d3-format of tick labels, for example `".0%"`. */
  readonly tickformat?: string;
  /** Ticks exactly at these values (default: plotly chooses). */
  readonly tickvals?: readonly number[];
  /** Grow the margin so long tick labels and the title are not clipped (the builders set true). */
  readonly automargin?: boolean;
  /** Ties this axis's scale to the other one (`"x"`) so squares stay square. */
  readonly scaleanchor?: "x" | "y";
  /**
   * How a {@link AxisLayout.scaleanchor} ratio is kept: `"range"` (plotly's default) widens the
   * visible data range, `"domain"` shrinks the axis's share of the plot instead.
   */
  readonly constrain?: "domain" | "range";
}

/** A line or rectangle drawn on the chart, in data or paper coordinates. */
export interface LayoutShape {
  /** `"line"` goes from `(x0, y0)` to `(x1, y1)`; `"rect"` has those two opposite corners. */
  readonly type: "line" | "rect";
  /** Start x, in the units of {@link LayoutShape.xref}. */
  readonly x0: number;
  /** End x, in the units of {@link LayoutShape.xref}. */
  readonly x1: number;
  /** Start y, in the units of {@link LayoutShape.yref}. */
  readonly y0: number;
  /** End y, in the units of {@link LayoutShape.yref}. */
  readonly y1: number;
  /**
   * What x0 and x1 measure: `"x"` (default) data units of the x axis; `"paper"` the plot area,
   * 0 at its left edge and 1 at its right edge.
   */
  readonly xref?: "x" | "paper";
  /**
   * What y0 and y1 measure: `"y"` (default) data units of the y axis; `"paper"` the plot area,
   * 0 at its bottom and 1 at its top (so `y0: 0, y1: 1` spans the full height).
   */
  readonly yref?: "y" | "paper";
  /** The outline. */
  readonly line?: {
    /** A CSS colour such as `"#333"` or `"red"`. */
    readonly color?: string;
    /** Thickness in CSS pixels (plotly's default 2). */
    readonly width?: number;
    /** Dash pattern (default `"solid"`). */
    readonly dash?: LineDash;
  };
}

/** A text label placed on the chart. */
export interface LayoutAnnotation {
  /** The label; plotly renders a small HTML subset in it (`<br>`, `<b>`, `<i>`). */
  readonly text: string;
  /** Where the label (or its arrow's tip) sits, in the units of {@link LayoutAnnotation.xref}. */
  readonly x: number;
  /** Where the label (or its arrow's tip) sits, in the units of {@link LayoutAnnotation.yref}. */
  readonly y: number;
  /** What x measures: `"x"` (default) data units; `"paper"` the plot area, 0 left to 1 right. */
  readonly xref?: "x" | "paper";
  /** What y measures: `"y"` (default) data units; `"paper"` the plot area, 0 bottom to 1 top. */
  readonly yref?: "y" | "paper";
  /**
   * Draw an arrow from the label to `(x, y)` (plotly's default true); false puts the label
   * itself at `(x, y)`.
   */
  readonly showarrow?: boolean;
  /** Which side of the label is at x (default: plotly picks from the position). */
  readonly xanchor?: "left" | "center" | "right";
  /** Which side of the label is at y (default: plotly picks from the position). */
  readonly yanchor?: "top" | "middle" | "bottom";
}

/** The figure's layout: titles, axes, size and how traces combine. */
export interface Layout {
  /** The chart title, drawn above the plot. */
  readonly title?: PlotTitle;
  /** The horizontal axis. */
  readonly xaxis?: AxisLayout;
  /** The vertical axis. */
  readonly yaxis?: AxisLayout;
  /** Height in CSS pixels; the width follows the page. */
  readonly height?: number;
  /** Width in CSS pixels; leave it unset so the chart fills the cell or page width. */
  readonly width?: number;
  /** How bar and histogram traces share the x positions. */
  readonly barmode?: "group" | "overlay" | "stack";
  /** Draw the legend of trace names (plotly's default: only when there are two or more traces). */
  readonly showlegend?: boolean;
  /**
   * What hovering shows: `"closest"` the nearest point; `"x"` one label per trace at the
   * pointer's x; `"x unified"` one box listing every trace at that x; `false` nothing.
   */
  readonly hovermode?: "closest" | "x" | "x unified" | false;
  /**
   * Space around the plot area for titles and tick labels, in CSS pixels (plotly's default:
   * 80 on each side, 100 at the top; the builders set top 30 or 60 and right 30).
   */
  readonly margin?: {
    /** Left margin in CSS pixels. */
    readonly l?: number;
    /** Right margin in CSS pixels. */
    readonly r?: number;
    /** Top margin in CSS pixels. */
    readonly t?: number;
    /** Bottom margin in CSS pixels. */
    readonly b?: number;
  };
  /** Lines and rectangles drawn over the traces, for example a threshold line. */
  readonly shapes?: readonly LayoutShape[];
  /** Text labels drawn over the traces. */
  readonly annotations?: readonly LayoutAnnotation[];
}

/** Dash pattern of a line. */
export type LineDash = "solid" | "dash" | "dot" | "dashdot";

/** A line and/or marker trace. */
export interface ScatterTrace {
  /** Tells this trace kind apart in a {@link Trace}. */
  readonly type: "scatter";
  /** Join the points with a line, draw a dot at each point, or both. */
  readonly mode: "lines" | "markers" | "lines+markers";
  /** The x coordinate of each point, in data units; as long as {@link ScatterTrace.y}. */
  readonly x: readonly number[];
  /** The y coordinate of each point, in data units; as long as {@link ScatterTrace.x}. */
  readonly y: readonly number[];
  /** The trace's name in the legend and the hover label. */
  readonly name?: string;
  /** How the joining line is drawn (used when `mode` includes `"lines"`). */
  readonly line?: {
    /** A CSS colour; default: the next colour of plotly's palette. */
    readonly color?: string;
    /** Thickness in CSS pixels (plotly's default 2). */
    readonly width?: number;
    /** Dash pattern (default `"solid"`). */
    readonly dash?: LineDash;
  };
  /** How the dots are drawn (used when `mode` includes `"markers"`). */
  readonly marker?: {
    /** Diameter in CSS pixels (plotly's default 6). */
    readonly size?: number;
    /** A CSS colour; default: the trace's palette colour. */
    readonly color?: string;
    /** From 0 (invisible) to 1 (opaque, the default); below 1 shows where points overlap. */
    readonly opacity?: number;
  };
  /** Hover text, one per point. */
  readonly text?: readonly string[];
  /**
   * The hover label as a plotly template, for example `"%{text}<br>%{x:.2f}, %{y:.2f}"`;
   * `<extra></extra>` hides the trace-name box.
   */
  readonly hovertemplate?: string;
  /** Give this trace a legend entry (default true); false hides helper lines such as a diagonal. */
  readonly showlegend?: boolean;
}

/** A colour-coded matrix. `z[i][j]` is drawn in row `i`, column `j`. */
export interface HeatmapTrace {
  /** Tells this trace kind apart in a {@link Trace}. */
  readonly type: "heatmap";
  /** The values, one array per row, all rows of the same length. */
  readonly z: readonly (readonly number[])[];
  /** Column labels, one per column of `z` (default: 0, 1, 2, ...). */
  readonly x?: readonly string[];
  /** Row labels, one per row of `z` (default: 0, 1, 2, ...). */
  readonly y?: readonly string[];
  /** A named plotly colour scale such as `"Blues"` or `"RdBu"`. */
  readonly colorscale?: string;
  /** Flip the colour scale end to end (default false). */
  readonly reversescale?: boolean;
  /**
   * The value drawn in the colour scale's first colour; smaller values get it too
   * (default: the minimum of `z`).
   */
  readonly zmin?: number;
  /**
   * The value drawn in the colour scale's last colour; larger values get it too
   * (default: the maximum of `z`).
   */
  readonly zmax?: number;
  /** Text written in each cell, for example `"%{z}"` for counts. */
  readonly texttemplate?: string;
  /** The hover label as a plotly template, for example `"%{y}, %{x}: %{z}<extra></extra>"`. */
  readonly hovertemplate?: string;
  /** Draw the colour bar beside the heatmap (plotly's default true). */
  readonly showscale?: boolean;
  /** The colour bar's settings. */
  readonly colorbar?: {
    /** The colour bar's label, for example `"cosine"`. */
    readonly title?: PlotTitle;
  };
}

/** A histogram, binned by plotly.js with the given bins. */
export interface HistogramTrace {
  /** Tells this trace kind apart in a {@link Trace}. */
  readonly type: "histogram";
  /** The raw values; plotly counts them into bins. */
  readonly x: readonly number[];
  /** The trace's name in the legend and the hover label. */
  readonly name?: string;
  /** From 0 (invisible) to 1 (opaque, the default); below 1 overlaid histograms show through. */
  readonly opacity?: number;
  /**
   * The bins, in data units: edges at `start`, `start + size`, ... up to `end`; each bin holds
   * `[left, right)`, and values outside `[start, end]` are not counted.
   */
  readonly xbins?: {
    /** Left edge of the first bin. */
    readonly start: number;
    /** Where binning stops; the last bin may end a little past it. */
    readonly end: number;
    /** Width of every bin, in data units. */
    readonly size: number;
  };
  /** True makes plotly drop `xbins` and choose its own bins; the builders set false. */
  readonly autobinx?: boolean;
  /**
   * What a bar's height is: `""` the count in the bin (the default); `"probability"` the
   * fraction of all values (bars sum to 1); `"probability density"` that fraction divided by
   * the bin width (bar areas sum to 1, so groups of different sizes compare).
   */
  readonly histnorm?: "" | "probability" | "probability density";
  /** How the bars are drawn. */
  readonly marker?: {
    /** A CSS colour; default: the next colour of plotly's palette. */
    readonly color?: string;
  };
}

/** Bars: one per category. */
export interface BarTrace {
  /** Tells this trace kind apart in a {@link Trace}. */
  readonly type: "bar";
  /** The category of each bar, left to right. */
  readonly x: readonly string[];
  /** The height of each bar, in data units; as long as {@link BarTrace.x}. */
  readonly y: readonly number[];
  /** The trace's name in the legend and the hover label. */
  readonly name?: string;
  /** Text shown on the bars, one per bar. */
  readonly text?: readonly string[];
  /**
   * Where `text` goes: `"inside"` or `"outside"` the bar's end, `"auto"` (plotly's default)
   * inside when it fits and outside otherwise, `"none"` not shown.
   */
  readonly textposition?: "auto" | "inside" | "outside" | "none";
  /** How the bars are drawn. */
  readonly marker?: {
    /** A CSS colour; default: the next colour of plotly's palette. */
    readonly color?: string;
  };
}

/** Any trace a siamese-lab figure holds; `type` tells them apart. */
export type Trace = ScatterTrace | HeatmapTrace | HistogramTrace | BarTrace;

/**
 * A plotly figure: traces plus layout, as plain JSON.
 *
 * @example
 * ```ts
 * const figure: Figure = lineChart([{ name: "loss", y: [0.9, 0.5, 0.3] }]);
 * figure.data[0]?.type; // "scatter"
 * ```
 */
export interface Figure {
  /** The traces, drawn in order (later ones on top). */
  readonly data: readonly Trace[];
  /** Title, axes, size and overlays of the chart. */
  readonly layout: Layout;
}

/** Options every chart builder accepts. */
export interface ChartOptions {
  /** The chart's title. */
  readonly title?: string;
  /** Label of the x axis. */
  readonly xLabel?: string;
  /** Label of the y axis. */
  readonly yLabel?: string;
  /** Height in CSS pixels (default 400); the width follows the page. */
  readonly height?: number;
}
