import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { chartInputsOf } from "../core/analyze";
import { buildCharts } from "../core/charts";
import { ChartCard } from "./ChartCard";
import { ReadOnlyNote } from "./ReadOnlyNote";
import { RunPrompt } from "./RunPrompt";
import { NO_TABLES_MESSAGE, noTablesFound } from "./view/check-view";
import { usePanelStyles, type PanelWithSettingsProps } from "./panel-props";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))", gap: tokens.spacingVerticalS },
});

export function ChartsPanel({ session, actions, settings, onSettings, canRun, needsFile }: PanelWithSettingsProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { analysis, busy } = session;
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const zeroSlices = settings.chartZeroSlices;

  // Rebuilt here rather than taken from the analysis: the zero-slice option changes without a re-read.
  const charts = useMemo(
    () => (analysis ? buildCharts(analysis.workbook, chartInputsOf(analysis.inputs, analysis.workbook), { zeroSlices }) : []),
    [analysis, zeroSlices],
  );
  const drawable = charts.filter((c) => c.unavailable === null && c.points.length > 0);
  const insert = actions.insertCharts;

  const toggle = (n: number, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(n);
      else next.delete(n);
      return next;
    });

  return (
    <section className={panel.root} aria-label="图表">
      <Subtitle2 as="h2">图表</Subtitle2>
      <Body1>图1–图7 的预览；在 Excel 中可插入到“图表”工作表。</Body1>
      <Switch
        label="饼图保留为0的类别"
        checked={zeroSlices === "keep"}
        onChange={(_, d) => onSettings({ chartZeroSlices: d.checked ? "keep" : "drop" })}
      />
      {!analysis ? (
        <RunPrompt what="图表" canRun={canRun} needsFile={needsFile} running={busy !== null} onRun={() => void session.run()} />
      ) : noTablesFound(analysis.workbook.issues) ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{NO_TABLES_MESSAGE}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {insert ? (
            <div className={panel.buttons}>
              <Button appearance="primary" disabled={busy !== null || drawable.length === 0} onClick={() => insert(charts)}>
                插入全部
              </Button>
              <Button disabled={busy !== null || selected.size === 0} onClick={() => insert(charts, [...selected].sort((a, b) => a - b))}>
                {selected.size > 0 ? `插入所选（${selected.size}）` : "插入所选"}
              </Button>
            </div>
          ) : (
            <ReadOnlyNote />
          )}
          <div className={styles.grid} data-testid="charts">
            {charts.map((spec) => (
              <ChartCard key={spec.id} spec={spec} selected={insert ? selected.has(spec.number) : null} onToggle={(on) => toggle(spec.number, on)} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
