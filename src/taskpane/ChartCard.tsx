import { Caption1, Card, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ChartSpec } from "../core/charts";
import { labelOfKey } from "../core/inputs";
import { ColumnPreview } from "./ColumnPreview";
import { PiePreview } from "./PiePreview";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface Props {
  readonly spec: ChartSpec;
  /** Null where charts cannot be inserted (no checkbox then). */
  readonly selected: boolean | null;
  readonly onToggle: (checked: boolean) => void;
}

/** 图N: caption, preview and what is missing for it. */
export function ChartCard({ spec, selected, onToggle }: Props) {
  const styles = useStyles();
  const drawable = spec.unavailable === null && spec.points.length > 0;
  return (
    <Card className={styles.card} size="small" data-testid="chart-card" data-number={spec.number}>
      {selected === null ? (
        <Text weight="semibold">{spec.caption}</Text>
      ) : (
        <Checkbox label={spec.caption} checked={selected} disabled={!drawable} onChange={(_, d) => onToggle(d.checked === true)} />
      )}
      {spec.unavailable !== null ? (
        <Caption1 className={styles.note}>{`无法绘制：${spec.unavailable}`}</Caption1>
      ) : spec.points.length === 0 ? (
        <Caption1 className={styles.note}>没有可绘制的数据（各项均为0）。</Caption1>
      ) : spec.type === "pie" ? (
        <PiePreview points={spec.points} title={spec.title} />
      ) : (
        <ColumnPreview points={spec.points} title={spec.title} />
      )}
      {spec.missing.length > 0 && <Caption1 className={styles.note}>{`缺少补充信息：${spec.missing.map(labelOfKey).join("、")}（图中记为0）`}</Caption1>}
    </Card>
  );
}
