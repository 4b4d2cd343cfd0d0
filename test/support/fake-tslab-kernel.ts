// Makes this test process look like a running tslab kernel: tslab's own public `display`
// module is loaded and its output channel (set by the kernel while a cell runs) records what
// would be sent to the notebook.
type WriteDisplayData = (data: { data: Record<string, unknown> }, update: boolean) => void;

/** One display output, as tslab would send it: MIME type to content. */
export type DisplayedOutput = Record<string, unknown>;

/** Runs `fn` while display outputs are recorded into the array it receives. */
export function withFakeKernel<T>(fn: (outputs: DisplayedOutput[]) => T): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jupyter = require("tslab/dist/jupyter") as {
    lastWriteDisplayData: WriteDisplayData | null;
  };
  const outputs: DisplayedOutput[] = [];
  const previous = jupyter.lastWriteDisplayData;
  jupyter.lastWriteDisplayData = (message) => {
    outputs.push(message.data);
  };
  try {
    return fn(outputs);
  } finally {
    jupyter.lastWriteDisplayData = previous;
  }
}
