import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChartPoint } from "../core/charts";
import { formatValue, pieSlices } from "./view/chart-geometry";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  svg: { width: "120px", height: "120px", flexShrink: 0 },
  legend: { margin: 0, padding: 0, listStyle: "none", fontSize: tokens.fontSizeBase200, minWidth: "120px", flex: "1 1 120px" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginInlineEnd: "4px", borderRadius: "2px" },
});

/** Pie with a legend of shares (the Excel chart shows percentage labels). */
export function PiePreview({ points, title }: { readonly points: readonly ChartPoint[]; readonly title: string }) {
  const styles = useStyles();
  const slices = pieSlices(points);
  return (
    <div className={styles.root}>
      <svg
        className={styles.svg}
        viewBox="0 0 140 140"
        role="img"
        aria-label={`${title}（饼图）：${slices.map((s) => `${s.category} ${s.percent}%`).join("，")}`}
        data-testid="chart-svg"
        data-type="pie"
      >
        {slices.length === 0 ? (
          <circle cx={70} cy={70} r={60} fill="none" stroke={tokens.colorNeutralStroke2} />
        ) : (
          slices.map((s) => <path key={s.category} d={s.path} fill={s.color} stroke="#fff" strokeWidth={1} />)
        )}
      </svg>
      <ul className={styles.legend}>
        {slices.map((s) => (
          <li key={s.category}>
            <span className={styles.swatch} style={{ backgroundColor: s.color }} />
            {`${s.category} ${formatValue(s.value)}万元（${s.percent}%）`}
          </li>
        ))}
      </ul>
    </div>
  );
}
