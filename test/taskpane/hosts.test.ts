/**
 * The host layer: Excel through the Office adapter on the in-memory Excel, a file read in the
 * "browser", settings in the document or localStorage, the clipboard's fallbacks, and the one
 * mapping from thrown values to Chinese messages.
 */
import { FileWorkbookHost } from "../../src/taskpane/host/file-workbook-host";
import { OfficeSettingsStore, OfficeWorkbookHost } from "../../src/taskpane/host/office-workbook-host";
import { DEFAULT_SETTINGS, LocalSettingsStore, parseSettings, SETTINGS_KEY } from "../../src/taskpane/host/settings-store";
import { PaneError, toUserMessage, UNEXPECTED } from "../../src/taskpane/host/user-message";
import { FILE_HOST_READ_ONLY, HostUnavailableError } from "../../src/taskpane/host/workbook-host";
import { copyText, copyThroughEvent } from "../../src/taskpane/view/clipboard";
import { analyze } from "../../src/core/analyze";
import { FakeOfficeError, installFakeExcel } from "../helpers/fake-excel";
import { sampleBytes, sampleSheets } from "../helpers/sample-workbooks";

describe("OfficeWorkbookHost on the in-memory Excel", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  it("reads every sheet in 3 syncs, selects a finding's cell, refuses a protected sheet in Chinese", async () => {
    const sheets = await sampleSheets();
    const fake = installFakeExcel(sheets, { protectedSheets: ["公开06表"] });
    uninstall = () => fake.uninstall();
    const host = new OfficeWorkbookHost(undefined, new LocalSettingsStore(null));
    const read = await host.readSheets();
    expect(read.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(fake.syncCount).toBe(3);

    await host.selectCell({ sheet: "公开06表", row: 9, col: 4 });
    expect(fake.logOf("select").at(-1)).toMatchObject({ sheet: "公开06表", address: "公开06表!E10" });

    const t06 = read.find((s) => s.name === "公开06表")!;
    (t06.values[9] as (number | string | null)[])[4] = 2143.76;
    const { check, workbook } = analyze(read);
    expect(check.findings.length).toBeGreaterThan(0);
    const err = await host.publishCheckResults({ findings: check.findings, loadIssues: workbook.issues, mark: true }).catch((e: unknown) => e);
    const msg = toUserMessage(err);
    expect(msg.text).toMatch(/保护/);
    expect(msg.text).not.toMatch(/AccessDenied|RichApi/);
  });

  it("inserts the seven charts and reports them", async () => {
    const sheets = await sampleSheets();
    const fake = installFakeExcel(sheets);
    uninstall = () => fake.uninstall();
    const host = new OfficeWorkbookHost(undefined, new LocalSettingsStore(null));
    const { charts } = analyze(sheets);
    const r = await host.insertCharts(charts);
    expect(r.inserted).toHaveLength(7);
    expect(fake.charts().map((c) => c.title)).toEqual(charts.map((c) => c.caption));
    const only = await host.insertCharts(charts, [3]);
    expect(only.inserted.map((c) => c.number)).toEqual([3]);
    expect(fake.charts()).toHaveLength(1);
  });
});

describe("FileWorkbookHost", () => {
  it("reads an .xlsx locally and refuses every write politely", async () => {
    const host = new FileWorkbookHost(new LocalSettingsStore(null));
    await expect(host.readSheets()).rejects.toThrow(PaneError);
    const opened = await host.open("决算.xlsx", await sampleBytes());
    expect(opened.sheets.some((s) => s.name === "公开06表")).toBe(true);
    await expect(host.readSheets()).resolves.toBe(opened.sheets);
    expect((await host.open("决算（带宏）.xlsm", await sampleBytes())).sheets).toEqual(opened.sheets);
    await expect(host.selectCell()).rejects.toThrow(HostUnavailableError);
    await expect(host.insertCharts()).rejects.toThrow(FILE_HOST_READ_ONLY);
  });

  it("names the problem with a non-.xlsx or a corrupt file", async () => {
    const host = new FileWorkbookHost(new LocalSettingsStore(null));
    await expect(host.open("决算.xls", new Uint8Array([1, 2, 3]))).rejects.toThrow(/不是 \.xlsx 文件/);
    await expect(host.open("决算.et", new Uint8Array([1, 2, 3]))).rejects.toThrow(/不是 \.xlsx 文件/);
    const err = await host.open("坏.xlsx", new TextEncoder().encode("PK not really")).catch((e: unknown) => e);
    expect(toUserMessage(err).text).toMatch(/[\u4e00-\u9fff]/);
    expect(toUserMessage(err).text).not.toBe(UNEXPECTED);
  });
});

describe("settings", () => {
  it("parses what the document holds, field by field, falling back to defaults", () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("{bad json")).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"keepTrailingZeros":true,"chartZeroSlices":"sideways"}')).toEqual({ ...DEFAULT_SETTINGS, keepTrailingZeros: true });
    expect(parseSettings({ listZeroCategories: true, chartZeroSlices: "keep" })).toEqual({ ...DEFAULT_SETTINGS, listZeroCategories: true, chartZeroSlices: "keep" });
  });

  it("keeps settings in Office document settings and reports a failed save in Chinese", async () => {
    const values: Record<string, unknown> = {};
    let fail = false;
    const settings = {
      get: (k: string) => values[k] ?? null,
      set: (k: string, v: unknown) => void (values[k] = v),
      saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
        cb(fail ? { status: "failed", error: { message: "read-only" } } : { status: "succeeded" }),
    } as unknown as Office.Settings;
    const store = new OfficeSettingsStore(settings);
    await store.save({ ...DEFAULT_SETTINGS, keepTrailingZeros: true });
    expect(JSON.parse(String(values[SETTINGS_KEY]))).toMatchObject({ keepTrailingZeros: true });
    expect(store.load().keepTrailingZeros).toBe(true);
    fail = true;
    await expect(store.save(DEFAULT_SETTINGS)).rejects.toThrow(/设置未能保存到工作簿/);
  });

  it("survives a browser that refuses storage", async () => {
    const refusing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("quota"); } };
    const store = new LocalSettingsStore(refusing);
    await store.save({ ...DEFAULT_SETTINGS, listZeroCategories: true });
    expect(store.load().listZeroCategories).toBe(true);
  });
});

describe("clipboard (issue 10, item 6)", () => {
  const content = { html: "<p>一</p>", text: "一" };
  class FakeItem {
    constructor(readonly items: Record<string, Blob>) {}
  }
  const makeItem = (items: Record<string, Blob>) => new FakeItem(items) as unknown as ClipboardItem;
  const refuse = async () => {
    throw new DOMException("The Clipboard API has been blocked because of a permissions policy", "NotAllowedError");
  };

  /** Just enough of a document for copyThroughEvent: execCommand("copy") fires the copy listeners. */
  function fakeDocument(fires = true) {
    const listeners: ((e: ClipboardEvent) => void)[] = [];
    const data: Record<string, string> = {};
    const doc = {
      activeElement: null,
      body: { appendChild: () => undefined },
      createElement: () => ({ value: "", style: {}, setAttribute: () => undefined, select: () => undefined, setSelectionRange: () => undefined, remove: () => undefined }),
      addEventListener: (_: string, l: (e: ClipboardEvent) => void) => listeners.push(l),
      removeEventListener: (_: string, l: (e: ClipboardEvent) => void) => listeners.splice(listeners.indexOf(l), 1),
      execCommand: () => {
        if (!fires) return false;
        const event = { clipboardData: { setData: (type: string, value: string) => (data[type] = value) }, preventDefault: () => undefined };
        for (const l of [...listeners]) l(event as unknown as ClipboardEvent);
        return true;
      },
    };
    return { doc: doc as unknown as Document, data, listeners };
  }

  it("copies through a synchronous copy event with text/html and text/plain, before any await", () => {
    const { doc, data, listeners } = fakeDocument();
    expect(copyThroughEvent(content, doc)).toBe(true);
    expect(data).toEqual({ "text/html": "<p>一</p>", "text/plain": "一" });
    expect(listeners).toHaveLength(0);
    let copied = false;
    void copyText(content, { copyEvent: (c) => (copied = copyThroughEvent(c, doc)), clipboard: { write: refuse, writeText: refuse }, makeItem });
    // Synchronously, inside the click: nothing awaited yet.
    expect(copied).toBe(true);
  });

  it("uses the async API only where allowed, rich before plain, and else says to copy by hand", async () => {
    const none = () => false;
    const written: unknown[] = [];
    const clipboard = { write: async (items: ClipboardItems) => void written.push(...items), writeText: async () => undefined };
    await expect(copyText(content, { copyEvent: none, clipboard, makeItem })).resolves.toBe("rich");
    expect(Object.keys((written[0] as FakeItem).items)).toEqual(["text/html", "text/plain"]);
    let plain = "";
    await expect(copyText(content, { copyEvent: none, clipboard: { write: refuse, writeText: async (t: string) => void (plain = t) }, makeItem })).resolves.toBe("plain");
    expect(plain).toBe("一");
    // Excel on the web's frame: the policy forbids clipboard-write — the API is not even tried.
    let tried = false;
    const spy = { write: async () => void (tried = true), writeText: async () => void (tried = true) };
    await expect(copyText(content, { copyEvent: (c) => copyThroughEvent(c, fakeDocument(false).doc), clipboard: spy, makeItem, asyncAllowed: false })).rejects.toThrow(/Ctrl\+C/);
    expect(tried).toBe(false);
  });
});

describe("toUserMessage", () => {
  it("maps Office error codes to Chinese and never shows raw text", () => {
    expect(toUserMessage(new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.")).text).toMatch(/退出单元格编辑/);
    const unknown = toUserMessage(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(unknown.text).toBe(UNEXPECTED);
    expect(unknown.detail).toContain("TypeError");
    expect(toUserMessage(new PaneError("请先打开一个 .xlsx 文件。")).text).toBe("请先打开一个 .xlsx 文件。");
    expect(toUserMessage("a string").text).toBe(UNEXPECTED);
  });
});
