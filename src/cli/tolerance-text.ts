import { formatWan } from "../core/amounts";
import { parseTolerance, type TolerancePolicy } from "../core/rounding";

/** The tolerance policy as a reader of the report understands it (`容差：四舍五入区间`). */
export function toleranceText(p: TolerancePolicy): string {
  switch (p.kind) {
    case "interval":
      return "四舍五入区间";
    case "exact":
      return "完全相等";
    case "fixed":
      return `固定容差 ${formatWan(p.micros, { thousands: false })} 万元`;
  }
}

/** The same from the --tolerance text a report stores ("interval", "fixed:0.01"). */
export function toleranceTextOf(value: string): string {
  const p = parseTolerance(value);
  return p ? toleranceText(p) : value;
}
