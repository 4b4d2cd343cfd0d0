export { invalidArgument, formatShape, describeValue } from "./validation-error";
export { checkTensor, checkFinite, toMatrix, toNumberArray } from "./check-tensor";
export type { MatrixLike, VectorLike } from "./check-tensor";
export { checkNumber, checkInteger, checkOneOf, checkBoolean } from "./check-option";
export { checkExistingFile, checkExistingDirectory } from "./check-path";
