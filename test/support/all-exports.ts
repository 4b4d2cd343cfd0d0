// Everything siamese-lab exports: the main entry and every folder's entry point
// (`siamese-lab/<folder>`), merged into one object, for tests that go through all of it.
import * as backend from "../../src/backend";
import * as data from "../../src/data";
import * as detector from "../../src/detector";
import * as embeddings from "../../src/embeddings";
import * as evaluation from "../../src/eval";
import * as io from "../../src/io";
import * as labels from "../../src/labels";
import * as losses from "../../src/losses";
import * as mining from "../../src/mining";
import * as model from "../../src/model";
import * as notebook from "../../src/notebook";
import * as quiz from "../../src/quiz";
import * as random from "../../src/random";
import * as similarity from "../../src/similarity";
import * as text from "../../src/text";
import * as training from "../../src/train";
import * as viz from "../../src/viz";
import * as wordnet from "../../src/wordnet";
import * as main from "../../src";

export const allExports = {
  ...backend,
  ...data,
  ...detector,
  ...embeddings,
  ...evaluation,
  ...io,
  ...labels,
  ...losses,
  ...mining,
  ...model,
  ...notebook,
  ...quiz,
  ...random,
  ...similarity,
  ...text,
  ...training,
  ...viz,
  ...wordnet,
  ...main,
};
