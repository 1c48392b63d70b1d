import { tokens } from "@fluentui/react-components";
import type { ChartPoint } from "../core/charts";
import { CATEGORY_FONT, columnLayout } from "./view/chart-geometry";

/** Clustered columns with value labels, like the inserted Excel chart. */
export function ColumnPreview({ points, title }: { readonly points: readonly ChartPoint[]; readonly title: string }) {
  const layout = columnLayout(points);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-label={`${title}（柱状图）：${points.map((p) => `${p.category} ${p.value}万元`).join("，")}`}
      data-testid="chart-svg"
      data-type="columnClustered"
    >
      <line x1={0} x2={layout.width} y1={layout.baseline} y2={layout.baseline} stroke={tokens.colorNeutralStroke1} />
      {layout.bars.map((b) => (
        <g key={b.category}>
          <rect x={b.x} y={b.y} width={b.width} height={Math.max(b.height, 0.5)} fill={b.color} rx={2} />
          <text x={b.x + b.width / 2} y={b.y - 4} fontSize={11} textAnchor="middle" fill={tokens.colorNeutralForeground1}>
            {b.label}
          </text>
          <text x={b.x + b.width / 2} y={layout.categoryTop} fontSize={CATEGORY_FONT} textAnchor="middle" fill={tokens.colorNeutralForeground2}>
            {b.categoryLines.map((line, i) => (
              <tspan key={i} x={b.x + b.width / 2} dy={i === 0 ? 0 : layout.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  );
}
