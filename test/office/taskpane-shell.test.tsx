/**
 * The task pane shell outside Excel: server-rendered in node (no DOM needed), and the host
 * detection that must settle even when Office never becomes ready.
 */
import { SSRProvider } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { App } from "../../src/taskpane/App";
import { detectOfficeHost, type OfficeHostState, watchOfficeHost } from "../../src/taskpane/office-host";
import { TABS } from "../../src/taskpane/tabs";
import { installFakeExcel } from "../helpers/fake-excel";

describe("task pane shell", () => {
  it("renders the Chinese header and the three tabs without Office", () => {
    expect(typeof Office).toBe("undefined");
    // SSRProvider only keeps Fluent's generated ids stable, as Fluent asks for server rendering.
    const html = renderToString(
      <SSRProvider>
        <App />
      </SSRProvider>,
    );
    expect(html).toContain("决算公开助手");
    for (const label of ["校验", "情况说明", "图表"]) expect(html).toContain(`>${label}<`);
    expect(html).toContain("附表校验"); // the 校验 panel (was the "coming soon" placeholder)
    expect(html).toContain('role="tabpanel"');
    expect(TABS.map((t) => t.id)).toEqual(["check", "narrative", "charts"]);
  });
});

describe("detectOfficeHost", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
  });

  it("reports a plain browser when office.js is absent", async () => {
    await expect(detectOfficeHost(10)).resolves.toEqual({ status: "browser", reason: "no-office-js" });
  });

  it("reports Excel when Office.onReady says so", async () => {
    const fake = installFakeExcel([]);
    try {
      await expect(detectOfficeHost(1000)).resolves.toEqual({ status: "excel", platform: "PC" });
    } finally {
      fake.uninstall();
    }
  });

  it("gives up after the timeout when onReady never settles", async () => {
    g.Office = { onReady: () => new Promise(() => undefined) };
    await expect(detectOfficeHost(20)).resolves.toEqual({ status: "browser", reason: "timeout" });
  });

  it("switches to Excel when Office.onReady settles after the timeout (issue 10, item 4)", async () => {
    g.Office = { onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: "OfficeOnline" }), 60)) };
    const states: OfficeHostState[] = [];
    const stop = watchOfficeHost((s) => states.push(s), 10);
    await new Promise((resolve) => setTimeout(resolve, 120));
    stop();
    expect(states).toEqual([
      { status: "browser", reason: "timeout" },
      { status: "excel", platform: "OfficeOnline" },
    ]);
  });

  it("reports nothing after it was stopped", async () => {
    g.Office = { onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: "PC" }), 30)) };
    const states: OfficeHostState[] = [];
    watchOfficeHost((s) => states.push(s), 10)();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(states).toEqual([]);
  });

  it("reports a browser when office.js runs outside an Office client (host null)", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(detectOfficeHost(1000)).resolves.toEqual({ status: "browser", reason: "no-host" });
  });
});
