import { strict as assert } from "node:assert";
import {
  extractStatsSection,
  replaceStatsSection,
  STATS_BEGIN,
  STATS_END,
} from "../../../scripts/corpus/datasheet-tables";

describe("datasheet sections", () => {
  it("replaces only the text between the markers, and reads it back", () => {
    const readme = `# Title\n\n${STATS_BEGIN}\nold\n${STATS_END}\n\nafter\n`;
    const updated = replaceStatsSection(readme, "| new | table |");
    assert.equal(
      updated,
      `# Title\n\n${STATS_BEGIN}\n\n| new | table |\n\n${STATS_END}\n\nafter\n`,
    );
    assert.equal(extractStatsSection(updated), "| new | table |");
    assert.equal(replaceStatsSection(updated, "| new | table |"), updated);
  });

  it("refuses a datasheet without markers", () => {
    assert.throws(() => replaceStatsSection("# Title\n", "x"), /markers .* are missing/);
    assert.equal(extractStatsSection("# Title\n"), undefined);
  });
});
