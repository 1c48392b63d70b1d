export { verifyNarrativeText, type VerifyTextOptions } from "./verify-text";
export type { TextFinding } from "./types";
