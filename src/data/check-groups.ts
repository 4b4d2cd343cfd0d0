import { describeValue, invalidArgument } from "../validate";
import type { GroupLike } from "./question-group";

/**
 * Checks the `groups` argument of a sampler: an array of `{ id, questions }` with unique
 * non-empty ids and string questions.
 *
 * @param fn - the sampler, for the error message.
 * @param groups - the value to check.
 * @returns `groups`, typed.
 * @throws Error `fn: argument 'groups' must be ..., got ...` naming the first bad element.
 */
export function checkGroups(fn: string, groups: unknown): readonly GroupLike[] {
  const expected = "an array of { id, questions } groups";
  if (!Array.isArray(groups)) throw invalidArgument(fn, "groups", expected, describeValue(groups));
  const ids = new Set<string>();
  (groups as unknown[]).forEach((group, index) => {
    const where = `groups[${index}]`;
    if (typeof group !== "object" || group === null) {
      throw invalidArgument(fn, "groups", expected, `${describeValue(group)} at ${where}`);
    }
    const { id, questions } = group as { id?: unknown; questions?: unknown };
    if (typeof id !== "string" || id.length === 0) {
      throw invalidArgument(fn, `${where}.id`, "a non-empty string", describeValue(id));
    }
    if (ids.has(id)) {
      throw invalidArgument(
        fn,
        `${where}.id`,
        "unique among the groups",
        `a second ${describeValue(id)}`,
      );
    }
    ids.add(id);
    if (!Array.isArray(questions) || !questions.every((q) => typeof q === "string")) {
      throw invalidArgument(
        fn,
        `${where}.questions`,
        "an array of strings",
        describeValue(questions),
      );
    }
  });
  return groups as readonly GroupLike[];
}

/**
 * Checks a sampler's `options` argument is an object.
 *
 * @throws Error naming `fn` otherwise.
 */
export function checkOptionsObject(fn: string, options: unknown): void {
  if (typeof options !== "object" || options === null) {
    throw invalidArgument(fn, "options", "an object", describeValue(options));
  }
}
