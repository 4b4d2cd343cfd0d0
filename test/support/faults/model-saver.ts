// Child process of test/faults: saves three different encoders in turn into one directory
// with saveModel until it is killed, printing each one's weights checksum before ("saving")
// and after ("saved") its save. Same "ready" / "arm <n>" / "go" protocol as progress-writer.
import { initBackend } from "../../../src/backend";
import { createTextEncoder, saveModel } from "../../../src/model";
import { SMALL } from "../model-fixtures";
import { command, say } from "./child-io";
import { armKillSwitch, fsCalls, installKillSwitch } from "./kill-switch";
import { weightsChecksum } from "./weights-checksum";

const dir = process.argv[2];
if (dir === undefined) throw new Error("usage: model-saver <dir>");

void (async () => {
  await initBackend();
  const models = [1, 2, 3].map((seed) => createTextEncoder({ ...SMALL, seed }));
  const sums = models.map(weightsChecksum);
  const save = async (i: number): Promise<void> => {
    say(`saving ${sums[i % 3]}`);
    await saveModel(models[i % 3]!, dir);
    say(`saved ${sums[i % 3]}`);
  };
  await installKillSwitch();
  const before = fsCalls();
  await save(0);
  say(`ready ${fsCalls() - before}`);
  const order = await command();
  if (order.startsWith("arm ")) armKillSwitch(Number(order.slice(4)));
  for (let i = 1; ; i++) await save(i);
})();
