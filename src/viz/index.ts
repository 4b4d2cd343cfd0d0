export type {
  AxisLayout,
  BarTrace,
  ChartOptions,
  Figure,
  HeatmapTrace,
  HistogramTrace,
  Layout,
  LayoutAnnotation,
  LayoutShape,
  LineDash,
  PlotTitle,
  ScatterTrace,
  Trace,
} from "./figure";
export { lineChart } from "./line-chart";
export type { LineChartOptions, LineSeries } from "./line-chart";
export { heatmapChart } from "./heatmap-chart";
export type { HeatmapChartOptions } from "./heatmap-chart";
export { confusionMatrixChart } from "./confusion-matrix-chart";
export type { ConfusionCounts } from "./confusion-matrix-chart";
export { histogramChart } from "./histogram-chart";
export type { HistogramChartOptions, HistogramGroup } from "./histogram-chart";
export { rocChart } from "./roc-chart";
export type { NamedRocCurve, RocChartOptions, RocPoints } from "./roc-chart";
export { scatterChart } from "./scatter-chart";
export type { ScatterChartOptions } from "./scatter-chart";
export { barChart } from "./bar-chart";
export type { BarChartOptions, BarSeries } from "./bar-chart";
export { tripletLossChart } from "./triplet-loss-chart";
export type { TripletLossChartOptions } from "./triplet-loss-chart";
export { pca2d } from "./pca2d";
export type { Pca2d } from "./pca2d";
export { show, loadPlotly } from "./show";
export type { ShowOptions } from "./show";
export { showTable } from "./show-table";
export type { DataFrameLike, TableOptions, TableRow } from "./show-table";
