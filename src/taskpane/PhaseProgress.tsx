import { Field, ProgressBar } from "@fluentui/react-components";
import type { SessionPhase } from "./use-workbook-session";

const STEPS: Partial<Record<SessionPhase, { value: number; text: string }>> = {
  opening: { value: 0.15, text: "正在打开文件（只在本机读取，不上传）…" },
  reading: { value: 0.35, text: "正在读取工作簿…" },
  checking: { value: 0.75, text: "正在识别附表并校验…" },
};

/** Where 校验 is: opening → reading (with the share read, for a workbook read in parts) → checking. */
export function PhaseProgress({ phase, readShare = null }: { readonly phase: SessionPhase; readonly readShare?: number | null }) {
  const step = STEPS[phase];
  if (!step) return null;
  const reading = phase === "reading" && readShare !== null && readShare < 1;
  const value = reading ? 0.15 + 0.55 * readShare : step.value;
  const text = reading ? `正在读取工作簿…已读取 ${Math.floor(readShare * 100)}%` : step.text;
  return (
    <Field validationMessage={text} validationState="none" data-testid="progress">
      <ProgressBar value={value} thickness="large" />
    </Field>
  );
}
