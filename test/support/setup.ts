// Runs once before any test file: pick the TensorFlow.js backend the tests use
// (SIAMESE_BACKEND may force one) so every test file sees the same engine.
import { initBackend } from "../../src/backend";

export const mochaHooks = {
  async beforeAll(): Promise<void> {
    await initBackend();
  },
};
