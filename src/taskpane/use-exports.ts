import { useCallback, useMemo } from "react";
import type { PaneSettings } from "./host/settings-store";
import { usePaneMessages } from "./pane-messages";
import { baseName, DOCX_MIME, saveFile, XLSX_MIME } from "./exports/save-file";
import type { WorkbookSession } from "./use-workbook-session";

export interface PaneExports {
  readonly exportWord: (settings: PaneSettings) => void;
  readonly exportFindings: () => void;
}

/**
 * 导出 Word and 导出审核结果 for a file opened in the browser (and the offline page). The docx
 * and exceljs code is imported on first use, so the pane's start stays small. Null in Excel:
 * there the results go into the workbook itself.
 */
export function useExports(session: WorkbookSession): PaneExports | null {
  const { notify } = usePaneMessages();
  const { act, analysis, fileName } = session;

  const exportWord = useCallback(
    (settings: PaneSettings) => {
      if (!analysis) return;
      void act("导出 Word", async () => {
        const { wordExport } = await import(/* webpackChunkName: "word" */ "./exports/word-export");
        const r = await wordExport(analysis, settings);
        const name = `${baseName(fileName)}-情况说明.docx`;
        saveFile(name, r.bytes, DOCX_MIME);
        const missing = r.notDrawn.length ? `图${r.notDrawn.join("、图")} 没有可绘制的数据，保留了“（图N：…）”占位行。` : "";
        notify(missing ? "warning" : "success", `已导出 Word 文档“${name}”（图表 ${r.drawn.length} 幅）。${missing}`);
      });
    },
    [act, analysis, fileName, notify],
  );

  const exportFindings = useCallback(() => {
    if (!analysis) return;
    void act("导出审核结果", async () => {
      const { findingsExport } = await import(/* webpackChunkName: "xlsx" */ "./exports/findings-export");
      const name = `${baseName(fileName)}-审核结果.xlsx`;
      saveFile(name, await findingsExport(analysis, fileName ?? ""), XLSX_MIME);
      notify("success", `已导出审核结果“${name}”（${analysis.check.findings.length} 条问题，${analysis.workbook.issues.length} 条读取问题）。`);
    });
  }, [act, analysis, fileName, notify]);

  return useMemo(() => (fileName !== null ? { exportWord, exportFindings } : null), [fileName, exportWord, exportFindings]);
}
