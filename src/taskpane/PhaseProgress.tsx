import { Field, ProgressBar } from "@fluentui/react-components";
import type { SessionPhase } from "./use-workbook-session";

const STEPS: Partial<Record<SessionPhase, { value: number; text: string }>> = {
  opening: { value: 0.15, text: "正在打开文件（只在本机读取，不上传）…" },
  reading: { value: 0.35, text: "正在读取工作簿…" },
  checking: { value: 0.75, text: "正在识别附表并校验…" },
};

/** Where 校验 is: opening → reading → checking; nothing once done. */
export function PhaseProgress({ phase }: { readonly phase: SessionPhase }) {
  const step = STEPS[phase];
  if (!step) return null;
  return (
    <Field validationMessage={step.text} validationState="none" data-testid="progress">
      <ProgressBar value={step.value} thickness="large" />
    </Field>
  );
}
