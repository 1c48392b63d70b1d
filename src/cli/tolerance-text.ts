import { formatWan } from "../core/amounts";
import type { TolerancePolicy } from "../core/rounding";

/** The tolerance policy as a reader of the report understands it (`容差：…`). */
export function toleranceText(p: TolerancePolicy): string {
  switch (p.kind) {
    case "interval":
      return "四舍五入区间（差额可由各数四舍五入解释的为尾差）";
    case "exact":
      return "完全相等（不允许尾差）";
    case "fixed":
      return `固定容差 ${formatWan(p.micros, { thousands: false })} 万元`;
  }
}
