import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { RoundingAdjustment } from "../core/causes/rounding-balance";

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL } });

/**
 * 舍位平衡 suggestions, listed cell by cell so that the user sees every change before choosing to
 * apply it (the 应用舍位平衡 button, Excel only) or to ignore it. Nothing here writes.
 */
export function RoundingSuggestions({ adjustments }: { readonly adjustments: readonly RoundingAdjustment[] | null }) {
  const styles = useStyles();
  if (!adjustments || adjustments.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="rounding-suggestions">
      <MessageBarBody>
        <MessageBarTitle>舍位平衡建议（可选）</MessageBarTitle>
        按下列 {adjustments.length} 处各调 0.01 万元后，全部勾稽关系完全相等：
        <ul className={styles.list}>
          {adjustments.map((a) => (
            <li key={a.cell}>{a.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
