import { createCipheriv, createDecipheriv, createHash } from "node:crypto";

/** An option's feedback once opened: whether the option is part of the key, and why. */
export interface OptionFeedback {
  /** Whether the option is part of the key. */
  readonly correct: boolean;
  /** Why the option is right or wrong, shown once the learner has chosen it. */
  readonly explanation: string;
}

const PREFIX = "v1.";
const TAG_BYTES = 16;

function keyAndIv(salt: string, letter: string): { key: Buffer; iv: Buffer } {
  const key = createHash("sha256")
    .update(`siamese-lab quiz feedback key v1\0${salt}\0${letter}`)
    .digest();
  const iv = createHash("sha256")
    .update(`siamese-lab quiz feedback iv v1\0${salt}\0${letter}`)
    .digest()
    .subarray(0, 12);
  return { key, iv };
}

/**
 * Seals one option's feedback so that reading a quiz file does not show which options are
 * correct: AES-256-GCM of `{"correct": ..., "explanation": ...}`, padded with spaces to
 * `padTo` bytes (seal all options of a question to the same length so that the length of the
 * text gives nothing away), keyed by the question's salt and the option letter.
 *
 * The key is derived from public data, so this is obfuscation, not secrecy: code can open any
 * option (the grader does). The GCM tag also detects a damaged or edited quiz file.
 *
 * @param salt - the question's salt.
 * @param letter - the option letter, "A" to "Z".
 * @param feedback - correctness and explanation of the option.
 * @param padTo - minimum plaintext length in bytes (default: no padding).
 * @returns `"v1."` followed by base64url of ciphertext and tag.
 * @example
 * ```ts
 * const sealed = sealFeedback("3f1c", "B", { correct: true, explanation: "..." }, 128);
 * openFeedback("3f1c", "B", sealed).correct; // true
 * ```
 */
export function sealFeedback(
  salt: string,
  letter: string,
  feedback: OptionFeedback,
  padTo = 0,
): string {
  const json = JSON.stringify({ correct: feedback.correct, explanation: feedback.explanation });
  const bytes = Buffer.from(json, "utf8");
  const plain = Buffer.alloc(Math.max(bytes.length, padTo), " ");
  bytes.copy(plain);
  const { key, iv } = keyAndIv(salt, letter);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return PREFIX + body.toString("base64url");
}

/**
 * Opens feedback sealed by {@link sealFeedback}.
 *
 * @param salt - the question's salt.
 * @param letter - the option letter the feedback was sealed for.
 * @param sealed - the sealed string.
 * @returns the option's correctness and explanation.
 * @throws Error when the string was not sealed for this salt and letter, or was damaged.
 * @example
 * ```ts
 * openFeedback(question.salt, "A", question.feedback[0]).explanation;
 * ```
 */
export function openFeedback(salt: string, letter: string, sealed: string): OptionFeedback {
  const fail = (why: string): Error =>
    new Error(`openFeedback: sealed feedback of option ${letter} ${why}`);
  if (!sealed.startsWith(PREFIX)) throw fail(`must start with '${PREFIX}'`);
  const body = Buffer.from(sealed.slice(PREFIX.length), "base64url");
  if (body.length <= TAG_BYTES) throw fail("is too short");
  const { key, iv } = keyAndIv(salt, letter);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  let plain: string;
  try {
    plain = Buffer.concat([
      decipher.update(body.subarray(0, body.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw fail("does not open with this question's salt (damaged or sealed for another option)");
  }
  const parsed = JSON.parse(plain) as { correct?: unknown; explanation?: unknown };
  if (typeof parsed.correct !== "boolean" || typeof parsed.explanation !== "string") {
    throw fail("holds no { correct, explanation }");
  }
  return { correct: parsed.correct, explanation: parsed.explanation };
}
