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
import { copyText } from "../../src/taskpane/view/clipboard";
import { analyze } from "../../src/core/analyze";
import { FakeOfficeError, installFakeExcel } from "../helpers/fake-excel";
import { sampleBytes, sampleSheets } from "../helpers/sample-workbooks";

describe("OfficeWorkbookHost on the in-memory Excel", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  it("reads every sheet in 2 syncs, selects a finding's cell, refuses a protected sheet in Chinese", async () => {
    const sheets = await sampleSheets();
    const fake = installFakeExcel(sheets, { protectedSheets: ["公开06表"] });
    uninstall = () => fake.uninstall();
    const host = new OfficeWorkbookHost(undefined, new LocalSettingsStore(null));
    const read = await host.readSheets();
    expect(read.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(fake.syncCount).toBe(2);

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
    await expect(host.selectCell()).rejects.toThrow(HostUnavailableError);
    await expect(host.insertCharts()).rejects.toThrow(FILE_HOST_READ_ONLY);
  });

  it("names the problem with a non-.xlsx or a corrupt file", async () => {
    const host = new FileWorkbookHost(new LocalSettingsStore(null));
    await expect(host.open("决算.xls", new Uint8Array([1, 2, 3]))).rejects.toThrow(/不是 \.xlsx 文件/);
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

describe("clipboard fallbacks", () => {
  const content = { html: "<p>一</p>", text: "一" };
  class FakeItem {
    constructor(readonly items: Record<string, Blob>) {}
  }
  const makeItem = (items: Record<string, Blob>) => new FakeItem(items) as unknown as ClipboardItem;

  it("writes HTML and plain text together when it can", async () => {
    const written: unknown[] = [];
    const clipboard = { write: async (items: ClipboardItems) => void written.push(...items), writeText: async () => undefined };
    await expect(copyText(content, { clipboard, makeItem })).resolves.toBe("rich");
    const item = written[0] as FakeItem;
    expect(Object.keys(item.items)).toEqual(["text/html", "text/plain"]);
    expect(await item.items["text/plain"]?.text()).toBe("一");
  });

  it("falls back to writeText, then to execCommand, then says to copy by hand", async () => {
    const refuse = async () => {
      throw new DOMException("denied", "NotAllowedError");
    };
    let plain = "";
    await expect(copyText(content, { clipboard: { write: refuse, writeText: async (t: string) => void (plain = t) }, makeItem })).resolves.toBe("plain");
    expect(plain).toBe("一");
    let copied = "";
    await expect(copyText(content, { clipboard: { write: refuse, writeText: refuse }, makeItem, execCopy: (t) => ((copied = t), true) })).resolves.toBe("execCommand");
    expect(copied).toBe("一");
    await expect(copyText(content, { clipboard: undefined, execCopy: () => false })).rejects.toThrow(/Ctrl\+C/);
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
