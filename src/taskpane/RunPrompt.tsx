import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { RunButton } from "./RunButton";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" } });

interface Props {
  readonly what: string;
  readonly canRun: boolean;
  readonly needsFile: boolean;
  readonly running: boolean;
  readonly onRun: () => void;
}

/** Shown by 情况说明 and 图表 before the workbook has been read. */
export function RunPrompt({ what, canRun, needsFile, running, onRun }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Body1>{needsFile ? `请先在上方打开一个 .xlsx 文件，再生成${what}。` : `先读取工作簿，再生成${what}。`}</Body1>
      {!needsFile && <RunButton label="读取工作簿" running={running} disabled={!canRun} onRun={onRun} />}
    </div>
  );
}
