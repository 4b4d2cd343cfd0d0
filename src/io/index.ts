export { writeFileAtomic } from "./write-file-atomic";
export { writeFileAtomicSync } from "./write-file-atomic-sync";
export type { WriteFileAtomicSyncOptions } from "./write-file-atomic-sync";
export { replaceDirectory, recoverReplacedDirectory } from "./replace-directory";
export { STAGING_PREFIX, REPLACED_PREFIX } from "./staging-entries";
export { packageRoot } from "./package-root";
