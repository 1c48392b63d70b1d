import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { generateNarrative } from "../core/narrative";
import { MissingInputsBar } from "./MissingInputsBar";
import { NarrativeOptionsForm } from "./NarrativeOptionsForm";
import { NarrativeSectionCard } from "./NarrativeSectionCard";
import { ReadOnlyNote } from "./ReadOnlyNote";
import { RunPrompt } from "./RunPrompt";
import { narrativeOptionsOf } from "./narrative-settings";
import { TextCheckCard } from "./TextCheckCard";
import { useCopy } from "./use-copy";
import { useExports } from "./use-exports";
import { NO_TABLES_MESSAGE, noTablesFound } from "./view/check-view";
import { groupSections } from "./view/narrative-view";
import { usePanelStyles, type PanelWithSettingsProps } from "./panel-props";

const useStyles = makeStyles({
  sections: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function NarrativePanel({ session, actions, settings, onSettings, canRun, needsFile }: PanelWithSettingsProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const copy = useCopy();
  const exports = useExports(session);
  const { analysis, busy } = session;
  const options = useMemo(() => narrativeOptionsOf(settings), [settings]);

  const narrative = useMemo(() => (analysis ? generateNarrative(analysis.workbook, analysis.inputs, options) : null), [analysis, options]);
  const sections = useMemo(() => (narrative ? groupSections(narrative.paragraphs) : []), [narrative]);

  return (
    <section className={panel.root} aria-label="情况说明">
      <Subtitle2 as="h2">情况说明</Subtitle2>
      <Body1>根据附表和“补充信息”生成情况说明；黄色标出的【待补充】需要补充信息。</Body1>
      <NarrativeOptionsForm settings={settings} onChange={onSettings} family={analysis?.workbook.family ?? null} />
      {!analysis || !narrative ? (
        <RunPrompt what="情况说明" canRun={canRun} needsFile={needsFile} running={busy !== null} onRun={() => void session.run()} />
      ) : noTablesFound(analysis.workbook.issues) ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{NO_TABLES_MESSAGE}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={panel.buttons}>
            <Button appearance="primary" onClick={() => copy(narrative.paragraphs, "全部情况说明")}>
              复制全部
            </Button>
            {exports && (
              <Button disabled={busy !== null} onClick={() => exports.exportWord(settings)}>
                导出 Word
              </Button>
            )}
            {actions.writeNarrative && (
              <Button disabled={busy !== null} onClick={() => actions.writeNarrative?.(narrative.paragraphs)}>
                写入工作表
              </Button>
            )}
            {actions.createTemplate && (
              <Button disabled={busy !== null} onClick={actions.createTemplate}>
                创建补充信息表
              </Button>
            )}
          </div>
          <MissingInputsBar missing={narrative.missingInputs} onCreateTemplate={actions.createTemplate} busy={busy !== null} />
          {!actions.writeNarrative && <ReadOnlyNote />}
          <div className={styles.sections} data-testid="narrative">
            {sections
              .filter((s) => !/^第.部分$/.test(s.key))
              .map((s) => (
                <NarrativeSectionCard key={s.key} section={s} onCopy={() => copy(s.paragraphs, `“${s.title}”`)} />
              ))}
          </div>
          <TextCheckCard analysis={analysis} selectCell={actions.selectCell} />
        </>
      )}
    </section>
  );
}
