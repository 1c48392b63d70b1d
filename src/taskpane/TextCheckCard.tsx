import { Badge, Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, Textarea, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Analysis } from "../core/analyze";
import { formatRef, type CellRef } from "../core/cells";
import { checkWrittenText, readTextFile, summaryLine, type TextCheckResult } from "./view/text-check-view";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  input: { display: "none" },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, textAlign: "start", padding: tokens.spacingVerticalXS, border: "none", background: tokens.colorNeutralBackground1, font: "inherit", color: "inherit" },
  sentence: { color: tokens.colorNeutralForeground3, wordBreak: "break-word" },
});

const BADGE = { error: "danger", rounding: "informative", warning: "warning", info: "subtle" } as const;

interface Props {
  readonly analysis: Pick<Analysis, "workbook" | "inputs">;
  /** Null where the workbook cannot be selected (a file in the browser). */
  readonly selectCell: ((ref: CellRef) => void) | null;
}

/** 表文一致: check a 情况说明 the user already wrote against the open workbook. */
export function TextCheckCard({ analysis, selectCell }: Props) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [result, setResult] = useState<TextCheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const check = (t: string) => {
    setError(null);
    setResult(t.trim() === "" ? null : checkWrittenText(t, analysis));
    if (t.trim() === "") setError("请先粘贴或打开要核对的情况说明。");
  };
  return (
    <section className={styles.root} aria-label="表文一致">
      <Subtitle2 as="h3">表文一致：核对已写好的情况说明</Subtitle2>
      <Field label="粘贴情况说明全文（或其中几段）">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={6} data-testid="text-check-input" />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => check(text)} data-testid="text-check-run">
          核对
        </Button>
        <Button onClick={() => file.current?.click()}>打开文本文件…</Button>
        <input
          ref={file}
          className={styles.input}
          type="file"
          accept=".txt,text/plain"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (!f) return;
            void f.arrayBuffer().then((buf) => {
              const r = readTextFile(new Uint8Array(buf), f.name);
              if ("error" in r) {
                setResult(null);
                setError(r.error);
                return;
              }
              setText(r.text);
              check(r.text);
            });
          }}
        />
      </div>
      {error && (
        <MessageBar intent="warning">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Text data-testid="text-check-summary">{summaryLine(result)}</Text>
          {result.items.map((item, i) => {
            const target = item.refs[0] ?? null;
            const clickable = selectCell !== null && target !== null;
            return (
              <button
                key={i}
                type="button"
                className={styles.item}
                onClick={clickable ? () => selectCell(target) : undefined}
                title={clickable ? `定位到 ${formatRef(target)}` : undefined}
                data-testid="text-finding"
                data-rule={item.ruleId}
              >
                <span>
                  <Badge size="small" appearance="filled" color={BADGE[item.kind]}>
                    {item.label}
                  </Badge>{" "}
                  <Caption1>
                    第 {item.line} 行 · {item.ruleId}
                    {target ? ` · ${item.cells.join("、")}` : ""}
                  </Caption1>
                </span>
                <Caption1 className={styles.sentence}>“{item.sentence}”</Caption1>
                <Text size={200}>{item.message}</Text>
              </button>
            );
          })}
        </>
      )}
    </section>
  );
}
