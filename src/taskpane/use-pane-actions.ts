import type { CellRef } from "../core/cells";
import { useCallback, useMemo } from "react";
import type { ChartSpec } from "../core/charts";
import { supplementaryTemplate, type InputsTemplate } from "../core/inputs";
import type { Paragraph } from "../core/narrative";
import type { WorkbookHost } from "./host/workbook-host";
import { usePaneMessages } from "./pane-messages";
import { cellAdjustments } from "./view/rounding-view";
import type { WorkbookSession } from "./use-workbook-session";

/** The adapter's notice (e.g. a user's own 审核结果 sheet was left alone) follows the result. */
function withNotice(text: string, notice: string | null): string {
  return notice ? `${text}${notice}` : text;
}

/** What the panels can ask of the workbook; null where the host cannot (a file in the browser). */
export interface PaneActions {
  readonly selectCell: ((ref: CellRef) => void) | null;
  readonly markCells: (() => void) | null;
  readonly clearMarks: (() => void) | null;
  /** 应用舍位平衡: writes the analysis' rounding adjustments, then re-runs 校验. Absent = not offered. */
  readonly applyRounding?: (() => void) | null;
  readonly writeNarrative: ((paragraphs: readonly Paragraph[]) => void) | null;
  readonly createTemplate: (() => void) | null;
  readonly insertCharts: ((specs: readonly ChartSpec[], only?: readonly number[]) => void) | null;
}

/**
 * Binds the host's writers to the session: each runs under the session lock (no two Excel
 * batches interleave), reports errors to the pane's one boundary, and says what it did.
 */
export function usePaneActions(host: WorkbookHost | null, session: WorkbookSession, template?: InputsTemplate): PaneActions {
  const { notify } = usePaneMessages();
  const { act, analysis, run } = session;
  const writable = host !== null && host.canWrite;

  const selectCell = useCallback(
    (ref: CellRef) => {
      if (host) void act("定位", () => host.selectCell(ref));
    },
    [host, act],
  );

  const markCells = useCallback(() => {
    if (!host || !analysis) return;
    void act("标记单元格", async () => {
      const r = await host.publishCheckResults({ findings: analysis.check.findings, loadIssues: analysis.workbook.issues, mark: true });
      notify("success", withNotice(`问题清单已写入工作表“${r.sheetName}”，标记了 ${r.marked} 个单元格。`, r.notice));
    });
  }, [host, analysis, template, act, notify]);

  const clearMarks = useCallback(() => {
    if (!host) return;
    void act("清除标记", async () => {
      const r = await host.clearMarks();
      const kept = r.kept > 0 ? `另有 ${r.kept} 个单元格在标记后被您改了颜色，保留了您的颜色。` : "";
      const values = r.valuesRestored > 0 ? `${r.valuesRestored} 个舍位平衡改动的单元格恢复了原值。` : "";
      const valuesKept = r.valuesKept > 0 ? `另有 ${r.valuesKept} 个舍位平衡改动的单元格已被您改过，保留了您的数值。` : "";
      notify("success", `已清除标记：${r.restored} 个单元格恢复了原来的填充。${kept}${values}${valuesKept}`);
    });
  }, [host, act, notify]);

  const applyRounding = useCallback(() => {
    const adjustments = analysis ? cellAdjustments(analysis) : [];
    if (!host || adjustments.length === 0) return;
    void act("应用舍位平衡", () => host.applyRounding(adjustments)).then(async (r) => {
      if (!r) return;
      // The 尾差 go away only in a fresh analysis of the changed cells.
      if (r.applied > 0) await run();
      const skipped = r.skipped.length > 0 ? `未改动 ${r.skipped.length} 处：${r.skipped.join("；")}。` : "";
      const done = `已应用舍位平衡：改动了 ${r.applied} 个单元格，原值已保存，点击“清除标记”可恢复${r.applied > 0 ? "；已重新校验" : ""}。`;
      notify(r.skipped.length > 0 ? "warning" : "success", `${done}${skipped}`);
    });
  }, [host, analysis, act, run, notify]);

  const writeNarrative = useCallback(
    (paragraphs: readonly Paragraph[]) => {
      if (!host) return;
      void act("写入工作表", async () => {
        const r = await host.writeNarrativeSheet(paragraphs);
        notify("success", withNotice(`情况说明已写入工作表“${r.sheetName}”（${r.rows} 段）。`, r.notice));
      });
    },
    [host, act, notify],
  );

  const createTemplate = useCallback(() => {
    if (!host) return;
    void act("创建补充信息表", async () => {
      const r = await host.createSupplementaryTemplate(supplementaryTemplate(analysis?.workbook, template));
      if (r.created) notify("success", `已创建工作表“${r.sheetName}”。填写后重新校验，情况说明中的【待补充】会自动补上。`);
      else notify("info", r.reason);
    });
  }, [host, analysis, act, notify]);

  const insertCharts = useCallback(
    (specs: readonly ChartSpec[], only?: readonly number[]) => {
      if (!host) return;
      void act("插入图表", async () => {
        const r = await host.insertCharts(specs, only);
        const skipped = r.skipped.map((k) => `${k.caption}（${k.reason}）`).join("；");
        if (r.sheetName === null) {
          notify("warning", `没有插入图表：${skipped || "没有可绘制的数据"}。`);
          return;
        }
        const text = `已在工作表“${r.sheetName}”插入 ${r.inserted.length} 个图表。${skipped ? `未插入：${skipped}。` : ""}`;
        notify(r.skipped.length > 0 ? "warning" : "success", withNotice(text, r.notice));
      });
    },
    [host, act, notify],
  );

  return useMemo(
    () =>
      writable
        ? { selectCell, markCells, clearMarks, applyRounding, writeNarrative, createTemplate, insertCharts }
        : { selectCell: null, markCells: null, clearMarks: null, applyRounding: null, writeNarrative: null, createTemplate: null, insertCharts: null },
    [writable, selectCell, markCells, clearMarks, applyRounding, writeNarrative, createTemplate, insertCharts],
  );
}
