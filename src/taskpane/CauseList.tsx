import { Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Cause } from "../core/causes/find-causes";
import type { Finding } from "../core/rules/findings";
import { FindingItem } from "./FindingItem";
import { LIST_ITEM_BUTTON } from "./list-item-style";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  cause: {
    ...LIST_ITEM_BUTTON,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    background: tokens.colorPaletteRedBackground1,
  },
  static: { cursor: "default" },
  message: { wordBreak: "break-word" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, paddingInlineStart: tokens.spacingHorizontalM, listStyle: "none" },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  readonly causes: readonly Cause[];
  readonly findings: readonly Finding[];
  /** Null where the workbook cannot be selected (a file in the browser). */
  readonly onSelectCause: ((cause: Cause) => void) | null;
  readonly onSelectFinding: ((finding: Finding) => void) | null;
  readonly active: Finding | null;
}

/**
 * 最可能的出错位置, above the list: each cause names one cell (click → select it) and the value
 * that repairs the findings folded under it — or, for a row one table lacks, the row in the table
 * that lists it, with where to add it and what it reads (all in the message).
 */
export function CauseList({ causes, findings, onSelectCause, onSelectFinding, active }: Props) {
  const styles = useStyles();
  if (causes.length === 0) return null;
  const explained = causes.reduce((n, c) => n + c.findings.length, 0);
  return (
    <section className={styles.root} aria-label="最可能的出错位置" data-testid="causes">
      <Subtitle2 as="h3">最可能的出错位置</Subtitle2>
      <Caption1>{`${causes.length} 处，可解释 ${explained} 条问题`}</Caption1>
      {/* Two causes may point at one cell (a row two tables lack, found in a third): keyed by position. */}
      {causes.map((cause, k) => (
        <div key={`${k}:${cause.cell}`}>
          <button
            type="button"
            className={mergeClasses(styles.cause, !onSelectCause && styles.static)}
            onClick={onSelectCause ? () => onSelectCause(cause) : undefined}
            aria-disabled={!onSelectCause}
            title={onSelectCause ? `定位到 ${cause.cell}` : undefined}
            data-testid="cause"
            data-cell={cause.cell}
          >
            <Caption1>{cause.cell}</Caption1>
            <Text size={200} className={styles.message}>
              {cause.message}
            </Text>
          </button>
          <details open>
            <summary className={styles.summary}>{`由此产生的 ${cause.findings.length} 条问题`}</summary>
            <ul className={styles.list}>
              {cause.findings.map((i) => {
                const f = findings[i]!;
                return (
                  <li key={i}>
                    <FindingItem finding={f} onSelect={onSelectFinding ? () => onSelectFinding(f) : null} active={f === active} />
                  </li>
                );
              })}
            </ul>
          </details>
        </div>
      ))}
    </section>
  );
}
