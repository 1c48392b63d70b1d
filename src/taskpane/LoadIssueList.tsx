import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { IssueLine } from "./view/check-view";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  cell: { color: tokens.colorNeutralForeground3 },
});

/** Problems reading the workbook (a table not found, text in a number cell …), in plain words. */
export function LoadIssueList({ lines }: { readonly lines: readonly IssueLine[] }) {
  const styles = useStyles();
  if (lines.length === 0) return null;
  const intent = lines.some((l) => l.severity === "error") ? "warning" : "info";
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="load-issues">
      <MessageBarBody>
        <MessageBarTitle>读取工作簿时发现的问题</MessageBarTitle>
        <ul className={styles.list}>
          {lines.map((l) => (
            <li key={l.key}>
              {l.text}
              {l.cell && <Caption1 className={styles.cell}>{`（${l.cell}）`}</Caption1>}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
