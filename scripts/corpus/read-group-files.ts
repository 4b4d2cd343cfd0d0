import * as fs from "node:fs";
import * as path from "node:path";
import { normalizeQuestion } from "../../src/text";
import type { SourceFamily, SourceGroup, SourceTopic } from "./source-corpus";

/** What {@link readGroupFiles} found: the topics it could read and every problem, in order. */
export interface GroupFilesResult {
  readonly topics: SourceTopic[];
  readonly errors: string[];
}

/** The limits the format (groups/FORMAT.md) sets. */
export const GROUP_SIZE = { min: 3, max: 8 } as const;
export const FAMILY_SIZE = { min: 1, max: 3 } as const;

/**
 * Reads and checks every `<topic>.json` of a groups folder. Problems are collected, not thrown,
 * so one run lists them all; each names the file and the family or group:
 * `datasets/question-pairs/groups/travel.json: group travel-007: has 2 questions, expected 3 to 8`.
 *
 * Checks: valid JSON; `topic` equal to the file name; ids `<topic>-fNN` (families) and
 * `<topic>-NNN` (groups), unique across the corpus; 1 to 3 groups per family; 3 to 8 questions
 * per group; a non-empty `intent`; questions non-empty, on one line, without tabs or control
 * characters; and no two questions anywhere with the same normalised text
 * ({@link normalizeQuestion}).
 *
 * @param directory - the folder holding the topic files.
 * @param root - the folder file names in messages are relative to.
 * @returns the topics (sorted by topic) and the problems.
 */
export function readGroupFiles(directory: string, root: string): GroupFilesResult {
  const errors: string[] = [];
  const topics: SourceTopic[] = [];
  const files = fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const familyIds = new Map<string, string>();
  const groupIds = new Map<string, string>();
  const texts = new Map<string, { file: string; group: string; index: number; text: string }>();

  for (const name of files) {
    const file = path.relative(root, path.join(directory, name));
    const expectedTopic = name.slice(0, -".json".length);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(path.join(directory, name), "utf8"));
    } catch (error) {
      errors.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const { topic, families } = (json ?? {}) as { topic?: unknown; families?: unknown };
    if (topic !== expectedTopic) {
      errors.push(
        `${file}: "topic" must be ${JSON.stringify(expectedTopic)} (the file name), got ${JSON.stringify(topic)}`,
      );
      continue;
    }
    if (!Array.isArray(families) || families.length === 0) {
      errors.push(`${file}: "families" must be a non-empty array`);
      continue;
    }
    const readFamilies: SourceFamily[] = [];
    families.forEach((rawFamily: unknown, familyIndex) => {
      const family = (rawFamily ?? {}) as { id?: unknown; groups?: unknown };
      const familyId = typeof family.id === "string" ? family.id : `families[${familyIndex}]`;
      const where = `${file}: family ${familyId}`;
      if (typeof family.id !== "string" || !new RegExp(`^${topic}-f\\d{2}$`).test(family.id)) {
        errors.push(`${where}: id must look like "${topic}-f01", got ${JSON.stringify(family.id)}`);
      } else if (familyIds.has(family.id)) {
        errors.push(`${where}: id already used in ${familyIds.get(family.id)}`);
      } else {
        familyIds.set(family.id, file);
      }
      if (!Array.isArray(family.groups)) {
        errors.push(`${where}: "groups" must be an array`);
        return;
      }
      if (family.groups.length < FAMILY_SIZE.min || family.groups.length > FAMILY_SIZE.max) {
        errors.push(
          `${where}: has ${family.groups.length} groups, expected ${FAMILY_SIZE.min} to ${FAMILY_SIZE.max}`,
        );
      }
      const readGroups: SourceGroup[] = [];
      family.groups.forEach((rawGroup: unknown, groupIndex) => {
        const group = (rawGroup ?? {}) as { id?: unknown; intent?: unknown; questions?: unknown };
        const groupId =
          typeof group.id === "string" ? group.id : `${familyId} groups[${groupIndex}]`;
        const at = `${file}: group ${groupId}`;
        if (typeof group.id !== "string" || !new RegExp(`^${topic}-\\d{3}$`).test(group.id)) {
          errors.push(`${at}: id must look like "${topic}-001", got ${JSON.stringify(group.id)}`);
        } else if (groupIds.has(group.id)) {
          errors.push(`${at}: id already used in ${groupIds.get(group.id)}`);
        } else {
          groupIds.set(group.id, file);
        }
        if (typeof group.intent !== "string" || group.intent.trim().length === 0) {
          errors.push(`${at}: "intent" must be a non-empty string`);
        }
        if (!Array.isArray(group.questions)) {
          errors.push(`${at}: "questions" must be an array`);
          return;
        }
        const questions = group.questions as unknown[];
        if (questions.length < GROUP_SIZE.min || questions.length > GROUP_SIZE.max) {
          errors.push(
            `${at}: has ${questions.length} questions, expected ${GROUP_SIZE.min} to ${GROUP_SIZE.max}`,
          );
        }
        questions.forEach((question, index) => {
          const label = `${at}: question ${index + 1}`;
          if (typeof question !== "string" || question.trim().length === 0) {
            errors.push(`${label} must be a non-empty string, got ${JSON.stringify(question)}`);
            return;
          }
          if (/[\u0000-\u001f\u007f]/.test(question)) {
            errors.push(
              `${label} ${JSON.stringify(question)} holds a tab, line break or control character`,
            );
          }
          const key = normalizeQuestion(question);
          const first = texts.get(key);
          if (first !== undefined) {
            errors.push(
              `${label} ${JSON.stringify(question)} repeats ${first.file}: group ${first.group}: ` +
                `question ${first.index + 1} ${JSON.stringify(first.text)} (same normalised text ${JSON.stringify(key)})`,
            );
          } else {
            texts.set(key, { file, group: groupId, index, text: question });
          }
        });
        readGroups.push({
          id: groupId,
          family: familyId,
          topic,
          intent: typeof group.intent === "string" ? group.intent : "",
          questions: questions.filter((q): q is string => typeof q === "string"),
        });
      });
      readFamilies.push({ id: familyId, topic, groups: readGroups });
    });
    topics.push({ topic, file, families: readFamilies });
  }
  if (files.length === 0) errors.push(`${path.relative(root, directory)}: no <topic>.json files`);
  return { topics, errors };
}
