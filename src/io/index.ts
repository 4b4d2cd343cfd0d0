export { writeFileAtomic } from "./write-file-atomic";
export { writeFileAtomicSync } from "./write-file-atomic-sync";
export {
  replaceDirectory,
  recoverReplacedDirectory,
  STAGING_PREFIX,
  REPLACED_PREFIX,
} from "./replace-directory";
export { packageRoot } from "./package-root";
