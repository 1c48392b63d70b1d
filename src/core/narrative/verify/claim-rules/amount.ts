import { formatAmount } from "../../format";
import { cellsOf } from "../../vocabulary";
import { amountsOf, finding, type ClaimRule } from "./context";

/**
 * N-01: an amount stated of a known subject (收入支出总计, 人员经费, a 类/款/项 …) equals the
 * table's figure for it exactly — the text restates a cell, so the fix is "use the table value",
 * never a 尾差. A trimmed "689.9" is read as 689.90.
 */
export const amountRule: ClaimRule = {
  id: "N-01",
  title: "金额与附表单元格一致",
  run: ({ lines }) =>
    lines.flatMap((at) =>
      amountsOf(at.claims).flatMap((c) => {
        const figure = c.subject?.figure;
        if (c.role !== "actual" || c.prior || !c.subject || !figure || figure.micros === c.value.micros) return [];
        const expected = `${formatAmount(figure.micros)}万元`;
        return [
          finding(at, {
            ruleId: "N-01",
            severity: "error",
            message: `文中${c.subject.label}“${c.text}万元”与${c.subject.source}（${expected}）不一致，应使用表中数值。`,
            excerpt: `${c.text}万元`,
            cells: cellsOf(figure),
            expected,
          }),
        ];
      }),
    ),
};
