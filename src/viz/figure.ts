/**
 * The plotly figure types the chart builders return. They describe plain JSON objects — the
 * subset of plotly.js's schema siamese-lab uses — so a figure can be inspected, tweaked with a
 * spread (`{ ...figure, layout: { ...figure.layout, height: 300 } }`) and passed to
 * {@link show} or to `Plotly.newPlot(div, figure.data, figure.layout)` in a web page.
 */

/** A title as plotly.js 3 expects it (plain strings are no longer accepted). */
export interface PlotTitle {
  readonly text: string;
}

/** One axis of a 2-D chart. */
export interface AxisLayout {
  readonly title?: PlotTitle;
  readonly type?: "linear" | "log" | "category";
  readonly range?: readonly [number, number];
  /** `"reversed"` puts the first row of a heatmap at the top. */
  readonly autorange?: boolean | "reversed";
  readonly zeroline?: boolean;
  /** d3-format of tick labels, for example `".0%"`. */
  readonly tickformat?: string;
  /** Ticks exactly at these values (default: plotly chooses). */
  readonly tickvals?: readonly number[];
  readonly automargin?: boolean;
  /** Ties this axis's scale to the other one (`"x"`) so squares stay square. */
  readonly scaleanchor?: "x" | "y";
  readonly constrain?: "domain" | "range";
}

/** A line or rectangle drawn on the chart, in data or paper coordinates. */
export interface LayoutShape {
  readonly type: "line" | "rect";
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly xref?: "x" | "paper";
  readonly yref?: "y" | "paper";
  readonly line?: { readonly color?: string; readonly width?: number; readonly dash?: LineDash };
}

/** A text label placed on the chart. */
export interface LayoutAnnotation {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly xref?: "x" | "paper";
  readonly yref?: "y" | "paper";
  readonly showarrow?: boolean;
  readonly xanchor?: "left" | "center" | "right";
  readonly yanchor?: "top" | "middle" | "bottom";
}

/** The figure's layout: titles, axes, size and how traces combine. */
export interface Layout {
  readonly title?: PlotTitle;
  readonly xaxis?: AxisLayout;
  readonly yaxis?: AxisLayout;
  /** Height in CSS pixels; the width follows the page. */
  readonly height?: number;
  readonly width?: number;
  /** How bar and histogram traces share the x positions. */
  readonly barmode?: "group" | "overlay" | "stack";
  readonly showlegend?: boolean;
  readonly hovermode?: "closest" | "x" | "x unified" | false;
  readonly margin?: {
    readonly l?: number;
    readonly r?: number;
    readonly t?: number;
    readonly b?: number;
  };
  readonly shapes?: readonly LayoutShape[];
  readonly annotations?: readonly LayoutAnnotation[];
}

/** Dash pattern of a line. */
export type LineDash = "solid" | "dash" | "dot" | "dashdot";

/** A line and/or marker trace. */
export interface ScatterTrace {
  readonly type: "scatter";
  readonly mode: "lines" | "markers" | "lines+markers";
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly name?: string;
  readonly line?: { readonly color?: string; readonly width?: number; readonly dash?: LineDash };
  readonly marker?: { readonly size?: number; readonly color?: string; readonly opacity?: number };
  /** Hover text, one per point. */
  readonly text?: readonly string[];
  readonly hovertemplate?: string;
  readonly showlegend?: boolean;
}

/** A colour-coded matrix. `z[i][j]` is drawn in row `i`, column `j`. */
export interface HeatmapTrace {
  readonly type: "heatmap";
  readonly z: readonly (readonly number[])[];
  readonly x?: readonly string[];
  readonly y?: readonly string[];
  /** A named plotly colour scale such as `"Blues"` or `"RdBu"`. */
  readonly colorscale?: string;
  readonly reversescale?: boolean;
  readonly zmin?: number;
  readonly zmax?: number;
  /** Text written in each cell, for example `"%{z}"` for counts. */
  readonly texttemplate?: string;
  readonly hovertemplate?: string;
  readonly showscale?: boolean;
  readonly colorbar?: { readonly title?: PlotTitle };
}

/** A histogram, binned by plotly.js with the given bins. */
export interface HistogramTrace {
  readonly type: "histogram";
  readonly x: readonly number[];
  readonly name?: string;
  readonly opacity?: number;
  readonly xbins?: { readonly start: number; readonly end: number; readonly size: number };
  readonly autobinx?: boolean;
  readonly histnorm?: "" | "probability" | "probability density";
  readonly marker?: { readonly color?: string };
}

/** Bars: one per category. */
export interface BarTrace {
  readonly type: "bar";
  readonly x: readonly string[];
  readonly y: readonly number[];
  readonly name?: string;
  /** Text shown on the bars, one per bar. */
  readonly text?: readonly string[];
  readonly textposition?: "auto" | "inside" | "outside" | "none";
  readonly marker?: { readonly color?: string };
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
  readonly data: readonly Trace[];
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
