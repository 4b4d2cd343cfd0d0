import type { QuestionPair } from "../../src/data";

/** A pair whose question texts name their qids (`t<qid>`), for the splitting tests. */
export const pair = (
  id: number,
  qid1: number,
  qid2: number,
  isDuplicate: boolean,
): QuestionPair => ({
  id,
  qid1,
  qid2,
  question1: `t${qid1}`,
  question2: `t${qid2}`,
  isDuplicate,
});
