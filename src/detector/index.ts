export { DuplicateDetector } from "./duplicate-detector";
export type { DuplicateDetectorInfo, DuplicatePrediction } from "./duplicate-detector";
