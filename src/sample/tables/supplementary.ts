import { amount, BlockBuilder, count, text, type Block, type CellSpec } from "../block";
import type { SampleFigures, SupplementaryValue } from "../figures";

/**
 * The 补充信息 sheet (narrative.md §2): 项目 | 数值 | 说明, one canonical label per row. Amounts
 * stay in 万元 whatever the tables' unit, because the sheet has no unit line of its own.
 */
export function buildSupplementary(figures: SampleFigures): Block {
  const b = new BlockBuilder(3, [32, 18, 40]);
  b.row("header", [text("项目", "center"), text("数值", "center"), text("说明", "center")]);
  for (const e of figures.supplementary) {
    b.row("data", [text(e.label, "left"), valueCell(e.value), e.remark ? text(e.remark, "left") : null]);
  }
  return b.build();
}

function valueCell(v: SupplementaryValue): CellSpec {
  switch (v.kind) {
    case "amount":
      return amount(v.cents, true);
    case "count":
      return count(v.n);
    case "text":
      return text(v.text, "left");
  }
}
