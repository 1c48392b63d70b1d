import { useCallback, useEffect, useState } from "react";
import { analyze, type Analysis } from "../core/analyze";
import { FileWorkbookHost } from "./host/file-workbook-host";
import type { WorkbookHost } from "./host/workbook-host";
import { usePaneMessages } from "./pane-messages";
import { createSingleFlight } from "./view/single-flight";

export type SessionPhase = "idle" | "opening" | "reading" | "checking" | "done";

export interface WorkbookSession {
  readonly phase: SessionPhase;
  /** While reading: the share of the workbook read so far (0–1), when the host tells. */
  readonly readShare?: number | null;
  /** An action (校验, 标记, 写入, 插入) is under way; buttons that start another are disabled. */
  readonly busy: string | null;
  readonly analysis: Analysis | null;
  /** The file opened in the browser (file host only). */
  readonly fileName: string | null;
  /** How many times 校验 completed: lets panels tell a fresh result from the previous one. */
  readonly runs: number;
  /** 校验: read the workbook and analyse it. A second call while one runs joins the first. */
  run(): Promise<void>;
  openFile(file: File): Promise<void>;
  openUrl(url: string): Promise<void>;
  /** Runs a host action under the session's lock; errors go to the pane's message bar. */
  act<T>(label: string, action: () => Promise<T>): Promise<T | undefined>;
}

/** Lets React paint the progress before the next (synchronous, CPU-bound) step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useWorkbookSession(host: WorkbookHost | null): WorkbookSession {
  const messages = usePaneMessages();
  const [phase, setPhase] = useState<SessionPhase>("idle");
  const [readShare, setReadShare] = useState<number | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [runs, setRuns] = useState(0);
  // Outside React state: two clicks within one frame both see the state before either re-render.
  const [flight] = useState(createSingleFlight);

  useEffect(() => {
    setAnalysis(null);
    setPhase("idle");
    setFileName(null);
  }, [host]);

  const exclusive = useCallback(
    <T,>(label: string, work: () => Promise<T>): Promise<T | undefined> => {
      const started = flight.run(async () => {
        setBusy(label);
        try {
          return await work();
        } catch (err) {
          messages.report(err);
          return undefined;
        } finally {
          setBusy(null);
        }
      });
      // Refused because something runs already: the button was pressed twice; nothing to do.
      return started ?? Promise.resolve(undefined);
    },
    [flight, messages],
  );

  const check = useCallback(async () => {
    if (!host) return;
    setPhase("reading");
    setReadShare(null);
    await nextFrame();
    try {
      const sheets = await host.readSheets(setReadShare);
      setPhase("checking");
      await nextFrame();
      setAnalysis(analyze(sheets));
      setRuns((n) => n + 1);
      setPhase("done");
    } catch (err) {
      // The previous result stays on screen: a failed re-read must not blank what the user had.
      setPhase((p) => (p === "reading" || p === "checking" ? "idle" : p));
      throw err;
    }
  }, [host]);

  const run = useCallback(() => exclusive("校验", check).then(() => undefined), [exclusive, check]);

  const open = useCallback(
    (label: string, load: (fileHost: FileWorkbookHost) => Promise<{ name: string }>) =>
      exclusive(label, async () => {
        if (!(host instanceof FileWorkbookHost)) return;
        setPhase("opening");
        try {
          const opened = await load(host);
          setFileName(opened.name);
        } catch (err) {
          setPhase("idle");
          throw err;
        }
        await check();
      }).then(() => undefined),
    [exclusive, check, host],
  );

  const openFile = useCallback(
    (file: File) => open("打开文件", async (h) => h.open(file.name, new Uint8Array(await file.arrayBuffer()))),
    [open],
  );
  const openUrl = useCallback((url: string) => open("打开样例", (h) => h.openUrl(url)), [open]);

  return { phase, readShare, busy, analysis, fileName, runs, run, openFile, openUrl, act: exclusive };
}
