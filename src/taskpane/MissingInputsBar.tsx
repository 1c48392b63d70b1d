import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { MissingInput } from "../core/narrative";

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL } });

interface Props {
  readonly missing: readonly MissingInput[];
  /** Null outside Excel. */
  readonly onCreateTemplate: (() => void) | null;
  readonly busy: boolean;
}

/** The figures the tables do not hold and 补充信息 does not give yet: they are the 【待补充】. */
export function MissingInputsBar({ missing, onCreateTemplate, busy }: Props) {
  const styles = useStyles();
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="missing-inputs">
      <MessageBarBody>
        <MessageBarTitle>{`还缺 ${missing.length} 项补充信息`}</MessageBarTitle>
        请在“补充信息”工作表中填写以下项目，然后重新校验：
        <ul className={styles.list}>
          {missing.map((m) => (
            <li key={m.key}>{`${m.label}（用于${m.sections.join("、")}）`}</li>
          ))}
        </ul>
      </MessageBarBody>
      {onCreateTemplate && (
        <MessageBarActions>
          <Button size="small" disabled={busy} onClick={onCreateTemplate}>
            创建补充信息表
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
