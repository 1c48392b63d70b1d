import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Finding } from "../core/rules/findings";
import { CauseList } from "./CauseList";
import { CheckSummary } from "./CheckSummary";
import { FindingFilterBar } from "./FindingFilterBar";
import { FindingGroupList } from "./FindingGroupList";
import { LoadIssueList } from "./LoadIssueList";
import { PhaseProgress } from "./PhaseProgress";
import { ReadOnlyNote } from "./ReadOnlyNote";
import { RoundingSuggestions } from "./RoundingSuggestions";
import { RunButton } from "./RunButton";
import { useExports } from "./use-exports";
import { usePanelStyles, type PanelProps } from "./panel-props";
import {
  countByKind,
  groupByTable,
  issueLines,
  matchesFilter,
  NO_FILTER,
  NO_TABLES_MESSAGE,
  noTablesFound,
  visibleIssues,
  type FindingFilter,
} from "./view/check-view";

export function CheckPanel({ session, actions, canRun, needsFile }: PanelProps) {
  const panel = usePanelStyles();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [active, setActive] = useState<Finding | null>(null);
  const exports = useExports(session);
  const { selectCell } = actions;
  const { analysis, phase, busy } = session;
  const running = phase === "reading" || phase === "checking" || phase === "opening";

  const view = useMemo(() => {
    if (!analysis) return null;
    const findings = analysis.check.findings;
    const issues = [...visibleIssues(analysis.workbook.issues, findings), ...analysis.check.runIssues];
    // A finding a cause explains is listed under the cause, not again under its table.
    const explained = new Set(analysis.causes.flatMap((c) => c.findings.map((i) => findings[i]!)));
    const rest = findings.filter((f) => !explained.has(f));
    const rounding = analysis.roundingAdjustments?.length ?? 0;
    return { findings, rest, causes: analysis.causes, rounding, counts: countByKind(findings), issues: issueLines(issues), empty: noTablesFound(analysis.workbook.issues) };
  }, [analysis]);
  const groups = useMemo(() => (view ? groupByTable(view.rest.filter((f) => matchesFilter(f, filter))) : []), [view, filter]);
  const onSelectFinding = selectCell
    ? (f: Finding) => {
        const ref = f.refs[0];
        setActive(f);
        if (ref) selectCell(ref);
      }
    : null;

  return (
    <section className={panel.root} aria-label="校验">
      <Subtitle2 as="h2">附表校验</Subtitle2>
      <Body1>检查 14 张附表的表内平衡和表间勾稽关系；点击问题可定位到单元格。</Body1>
      <div className={panel.buttons}>
        <RunButton label={analysis ? "重新校验" : "校验"} running={running} disabled={!canRun || (busy !== null && !running)} onRun={() => void session.run()} />
        {actions.markCells && (
          <Button disabled={!view || view.findings.length === 0 || busy !== null} onClick={actions.markCells}>
            标记单元格
          </Button>
        )}
        {exports && view && !view.empty && (
          <Button disabled={busy !== null} onClick={exports.exportFindings}>
            导出审核结果
          </Button>
        )}
        {actions.applyRounding && view && view.rounding > 0 && (
          <Button disabled={busy !== null} onClick={actions.applyRounding} title="把下方列出的舍位平衡建议写入单元格；原值会保存，点击“清除标记”可恢复">
            应用舍位平衡（{view.rounding} 处）
          </Button>
        )}
        {actions.clearMarks && (
          <Button disabled={busy !== null} onClick={actions.clearMarks}>
            清除标记
          </Button>
        )}
      </div>
      {needsFile && <Body1>请先在上方打开一个 .xlsx 文件。</Body1>}
      <PhaseProgress phase={phase} readShare={session.readShare ?? null} />
      {view && view.empty && (
        <MessageBar intent="warning" layout="multiline" data-testid="no-tables">
          <MessageBarBody>
            <MessageBarTitle>没有找到附表</MessageBarTitle>
            {NO_TABLES_MESSAGE}
          </MessageBarBody>
        </MessageBar>
      )}
      {view && !view.empty && (
        <>
          <CheckSummary counts={view.counts} />
          {view.findings.length === 0 && <Body1 data-testid="no-findings">没有发现不一致或尾差。</Body1>}
          <LoadIssueList lines={view.issues} />
          <RoundingSuggestions adjustments={analysis?.roundingAdjustments ?? null} />
          <CauseList causes={view.causes} findings={view.findings} onSelectCause={selectCell ? (c) => selectCell(c.ref) : null} onSelectFinding={onSelectFinding} active={active} />
          {view.rest.length > 0 && (
            <>
              <FindingFilterBar filter={filter} counts={countByKind(view.rest)} onChange={setFilter} />
              <FindingGroupList groups={groups} active={active} onSelect={onSelectFinding} />
            </>
          )}
        </>
      )}
      {!selectCell && analysis && <ReadOnlyNote />}
    </section>
  );
}
