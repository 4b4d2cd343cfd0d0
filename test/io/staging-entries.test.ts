import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  claimStagingPath,
  releaseStagingPath,
  removeStaleStaging,
  stagingEntries,
  staleStagingEntries,
} from "../../src/io/staging-entries";
import { deadPid } from "../support/dead-pid";

describe("staging entries", () => {
  let dir: string;
  let target: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-staging-"));
    target = path.join(dir, "model");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const make = (name: string, directory = true): string => {
    const full = path.join(dir, name);
    if (directory) fs.mkdirSync(full);
    else fs.writeFileSync(full, "x");
    return full;
  };
  const names = (paths: readonly string[]): string[] => paths.map((p) => path.basename(p)).sort();

  it("names each kind with this process's id and never hands out the same path twice", () => {
    const file = claimStagingPath(target, "file");
    const saving = claimStagingPath(target, "saving");
    const replaced = claimStagingPath(target, "replaced");
    assert.match(path.basename(file), new RegExp(`^\\.model\\.${process.pid}\\.\\d+\\.tmp$`));
    assert.match(path.basename(saving), new RegExp(`^\\.saving-model-${process.pid}-\\d+$`));
    assert.match(path.basename(replaced), new RegExp(`^\\.replaced-model-${process.pid}-\\d+$`));
    assert.notEqual(claimStagingPath(target, "file"), file);
    for (const p of [file, saving, replaced]) releaseStagingPath(p);
  });

  it("lists only the entries of the target, not of a target whose name starts the same", () => {
    make(".saving-model-12-1");
    make(".replaced-model-12-2");
    make(".model.12.3.tmp", false);
    make(".saving-model-abc123");
    make(".saving-model-2-12-1");
    make(".model-2.12.3.tmp", false);
    make(".saving-other-12-1");
    make("model");
    assert.deepEqual(names(stagingEntries(target).map((e) => e.path)), [
      ".model.12.3.tmp",
      ".replaced-model-12-2",
      ".saving-model-12-1",
      ".saving-model-abc123",
    ]);
    const owners = Object.fromEntries(
      stagingEntries(target).map((e) => [path.basename(e.path), [e.kind, e.owner]]),
    );
    assert.deepEqual(owners[".saving-model-abc123"], ["saving", undefined]);
    assert.deepEqual(owners[".model.12.3.tmp"], ["file", 12]);
  });

  it("calls stale what dead processes left and what this process no longer writes, not what others write", () => {
    const dead = deadPid();
    make("model");
    const ofDead = [
      make(`.saving-model-${dead}-1`),
      make(`.replaced-model-${dead}-2`),
      make(`.model.${dead}.3.tmp`, false),
    ];
    const ofLiving = make(`.saving-model-${process.ppid}-4`);
    const leftover = make(`.saving-model-${process.pid}-999999`);
    const inUse = claimStagingPath(target, "saving");
    fs.mkdirSync(inUse);
    const oldUnowned = make(".saving-model-Ab12Cd");
    const past = new Date(Date.now() - 24 * 3600 * 1000);
    fs.utimesSync(oldUnowned, past, past);
    const newUnowned = make(".saving-model-Zz99Yy");
    const future = new Date(Date.now() + 3600 * 1000);
    fs.utimesSync(newUnowned, future, future);

    assert.deepEqual(names(staleStagingEntries(target)), names([...ofDead, leftover, oldUnowned]));
    assert.deepEqual(names(removeStaleStaging(target)), names([...ofDead, leftover, oldUnowned]));
    assert.deepEqual(
      fs.readdirSync(dir).sort(),
      names([ofLiving, inUse, newUnowned, path.join(dir, "model")]),
    );
    releaseStagingPath(inUse);
    assert.deepEqual(names(staleStagingEntries(target)), names([inUse]), "released: stale now");
  });

  it("keeps a dead process's moved-aside contents while the target is missing (they are the last complete ones)", () => {
    const aside = make(`.replaced-model-${deadPid()}-1`);
    assert.deepEqual(staleStagingEntries(target), []);
    make("model");
    assert.deepEqual(staleStagingEntries(target), [aside]);
  });

  it("finds nothing in a folder that does not exist", () => {
    assert.deepEqual(stagingEntries(path.join(dir, "missing", "model")), []);
    assert.deepEqual(removeStaleStaging(path.join(dir, "missing", "model")), []);
  });
});
