// Mocha runs the TypeScript tests directly through tsx; the summary reporter prints the
// closing "N passed, N failed" line that CI reads.
module.exports = {
  require: ["tsx/cjs", "./test/support/setup.ts"],
  extension: ["ts"],
  reporter: "./test/support/summary-reporter.cjs",
  timeout: 60000,
};
