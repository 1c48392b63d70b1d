import { CounterBadge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { KIND_LABELS, KIND_ORDER, type FindingKind, type KindCounts } from "./view/check-view";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

const COLORS: Record<FindingKind, "danger" | "important" | "informative" | "brand"> = {
  error: "danger",
  rounding: "informative",
  warning: "important",
  info: "brand",
};

/** 错误 / 尾差 / 警告 / 提示 counts; zeros are shown too, so "0 错误" reads as a result. */
export function CheckSummary({ counts }: { readonly counts: KindCounts }) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="status" aria-label="校验结果统计" data-testid="check-summary">
      {KIND_ORDER.map((kind) => (
        <span key={kind} className={styles.item} data-kind={kind} data-count={counts[kind]}>
          <CounterBadge count={counts[kind]} showZero color={counts[kind] === 0 ? "informative" : COLORS[kind]} appearance="filled" size="medium" />
          <Text>{KIND_LABELS[kind]}</Text>
        </span>
      ))}
    </div>
  );
}
