import { finding, type ClaimRule } from "./context";
import type { TextFinding } from "../types";

/**
 * A rate written without % (N-02, warning): "增长13.95。", "占76.23；", "完成预算98". The number
 * after 增长/下降/占/完成…预算的 is a percentage; without the sign the reader cannot tell.
 */
const BARE = /(增长|下降|占[^，。；：%\d]{0,20}?的?|完成(?:年初|全年|调整后?)?预算(?:数)?的?)(\d+(?:\.\d+)?)(?=[，。；、,;）)]|$)/g;

export const rateUnitRule: ClaimRule = {
  id: "N-02",
  title: "百分比缺少%",
  run: ({ lines }) =>
    lines.flatMap((at) => {
      if (!at.line.inPart2) return [];
      const out: TextFinding[] = [];
      for (const m of at.line.text.matchAll(BARE)) {
        out.push(finding(at, { ruleId: "N-02", severity: "warning", outcome: "style", message: `“${m[0]}”缺少百分号，应写作“${m[0]}%”。`, excerpt: m[0], expected: `${m[0]}%` }));
      }
      return out;
    }),
};
