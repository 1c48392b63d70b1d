import { Badge, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { formatRef } from "../core/cells";
import type { Finding } from "../core/rules/findings";
import { renderFinding } from "../core/rules/render";
import { LIST_ITEM_BUTTON } from "./list-item-style";
import { findingKind, KIND_LABELS } from "./view/check-view";

const useStyles = makeStyles({
  item: {
    ...LIST_ITEM_BUTTON,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    background: tokens.colorNeutralBackground1,
    ":hover": { background: tokens.colorNeutralBackground1Hover },
  },
  static: { cursor: "default", ":hover": { background: tokens.colorNeutralBackground1 } },
  active: { background: tokens.colorBrandBackground2, ":hover": { background: tokens.colorBrandBackground2Hover } },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  rounding: { borderLeftColor: tokens.colorBrandStroke1 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  message: { wordBreak: "break-word" },
  detail: { color: tokens.colorNeutralForeground3, wordBreak: "break-word", padding: `0 ${tokens.spacingHorizontalS}`, fontSize: tokens.fontSizeBase200 },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1 },
});

const BADGE = { error: "danger", rounding: "informative", warning: "warning", info: "subtle" } as const;

interface Props {
  readonly finding: Finding;
  /** Null where the workbook cannot be selected (a file in the browser). */
  readonly onSelect: (() => void) | null;
  /** The finding the user jumped to last: marked so they can find their place in the list. */
  readonly active: boolean;
}

/**
 * One finding: the headline (where, the numbers, the gap); a click (or Enter) selects its first
 * cell in Excel. The explanation (relation, tolerance, intervals) is folded under 详细说明.
 */
export function FindingItem({ finding, onSelect, active }: Props) {
  const styles = useStyles();
  const kind = findingKind(finding);
  const first = finding.refs[0];
  const target = first ? formatRef(first) : null;
  const { headline, detail } = renderFinding(finding);
  const clickable = onSelect !== null && target !== null;
  return (
    <div>
      <button
        type="button"
        className={mergeClasses(styles.item, styles[kind], !clickable && styles.static, active && styles.active)}
        aria-current={active ? "true" : undefined}
        onClick={clickable ? onSelect : undefined}
        aria-disabled={!clickable}
        title={clickable ? `定位到 ${target}` : undefined}
        data-testid="finding"
        data-rule={finding.ruleId}
        data-cell={target ?? ""}
      >
        <span className={styles.head}>
          <Badge size="small" appearance="filled" color={BADGE[kind]}>
            {KIND_LABELS[kind]}
          </Badge>
          <Caption1>{finding.ruleId}</Caption1>
          {target && <Caption1>{target}</Caption1>}
        </span>
        <Text size={200} className={styles.message} data-testid="finding-headline">
          {headline}
        </Text>
      </button>
      {detail && (
        <details className={styles.detail}>
          <summary className={styles.summary}>详细说明</summary>
          {detail}
        </details>
      )}
    </div>
  );
}
