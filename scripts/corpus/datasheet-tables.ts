import { SPLITS } from "../../src/data";
import type { CorpusStats, OverlapSummary } from "./corpus-stats";

/** The markers around the generated part of `datasets/README.md`. */
export const STATS_BEGIN =
  "<!-- corpus-stats:begin (written by `npm run build:corpus` from stats.json; do not edit by hand) -->";
export const STATS_END = "<!-- corpus-stats:end -->";

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;
const number = (value: number): string => value.toLocaleString("en-US");
const fixed = (value: number): string => value.toFixed(3);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  const rule = `|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/**
 * Renders the datasheet's tables from the corpus numbers (markdown, between the markers).
 *
 * @param stats - the content of `stats.json`.
 * @returns the markdown of the generated section, markers excluded.
 */
export function renderStatsSection(stats: CorpusStats): string {
  const { total } = stats;
  const overview = table(
    ["", "value"],
    [
      ["topics", number(stats.topics)],
      ["families", number(total.families)],
      ["intent groups", number(total.groups)],
      ["distinct questions", number(total.questions)],
      ["pairs", number(total.pairs)],
      ["duplicates", `${number(total.duplicates)} (${percent(stats.duplicateShare)})`],
      ["non-duplicates", number(total.nonDuplicates)],
      [
        `hard non-duplicates (token Jaccard >= ${stats.hardOverlap})`,
        `${number(total.hardNonDuplicates)} (${percent(stats.hardShare)} of non-duplicates)`,
      ],
      ["mean token Jaccard within groups", fixed(stats.withinGroupJaccard)],
      ["unseen topics (held out whole)", stats.unseenTopics.join(", ")],
      ["seed", String(stats.seed)],
    ],
  );
  const splits = table(
    ["split", "families", "groups", "questions", "pairs", "duplicates", "non-duplicates", "hard"],
    [
      ...SPLITS.map((split) => [split, stats.splits[split]] as const),
      ["total", total] as const,
    ].map(([name, c]) => [
      name,
      number(c.families),
      number(c.groups),
      number(c.questions),
      number(c.pairs),
      number(c.duplicates),
      number(c.nonDuplicates),
      number(c.hardNonDuplicates),
    ]),
  );
  const topics = table(
    ["topic", ...SPLITS.map((split) => `${split} groups`), "groups", "questions"],
    stats.byTopic.map((row) => [
      row.topic,
      ...SPLITS.map((split) => number(row.groups[split])),
      number(SPLITS.reduce((sum, split) => sum + row.groups[split], 0)),
      number(row.questions),
    ]),
  );
  const overlapRow = (name: string, s: OverlapSummary): string[] => [
    name,
    number(s.pairs),
    fixed(s.mean),
    fixed(s.p10),
    fixed(s.median),
    fixed(s.p90),
    percent(s.atLeastHalf),
  ];
  const overlap = table(
    ["pairs", "count", "mean", "10th pct", "median", "90th pct", `>= ${stats.hardOverlap}`],
    [
      overlapRow("duplicates", stats.overlap.duplicates),
      overlapRow("non-duplicates", stats.overlap.nonDuplicates),
    ],
  );
  const kinds = stats.nonDuplicateKinds;
  const kindTable = table(
    ["non-duplicate pair", "count"],
    [
      ["same family (contrast groups)", number(kinds.sameFamily)],
      ["same topic, other family", number(kinds.sameTopic)],
      ["other topic", number(kinds.otherTopic)],
    ],
  );
  return [
    "### Overview",
    overview,
    "### Per split",
    splits,
    "### Per topic",
    topics,
    "### Word overlap (token Jaccard) of duplicates and non-duplicates",
    overlap,
    "### Where the non-duplicates come from",
    kindTable,
  ].join("\n\n");
}

/**
 * Replaces the generated section of the datasheet.
 *
 * @param readme - the current README text.
 * @param section - the new section (from {@link renderStatsSection}).
 * @returns the new README text.
 * @throws Error when the markers are missing.
 */
export function replaceStatsSection(readme: string, section: string): string {
  const begin = readme.indexOf(STATS_BEGIN);
  const end = readme.indexOf(STATS_END);
  if (begin === -1 || end === -1 || end < begin) {
    throw new Error(`datasets/README.md: the markers ${STATS_BEGIN} and ${STATS_END} are missing`);
  }
  return `${readme.slice(0, begin + STATS_BEGIN.length)}\n\n${section}\n\n${readme.slice(end)}`;
}

/**
 * Reads the generated section back out of the datasheet.
 *
 * @returns the text between the markers, trimmed, or `undefined` without markers.
 */
export function extractStatsSection(readme: string): string | undefined {
  const begin = readme.indexOf(STATS_BEGIN);
  const end = readme.indexOf(STATS_END);
  if (begin === -1 || end === -1 || end < begin) return undefined;
  return readme.slice(begin + STATS_BEGIN.length, end).trim();
}
