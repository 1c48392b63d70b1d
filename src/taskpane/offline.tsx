/**
 * Entry of dist/offline.html: the same pane, built into one self-contained file (scripts and the
 * .xlsx and Word libraries inlined, no office.js) that opens by double-click. Without office.js
 * the pane is at once in browser mode: open an .xlsx, see 校验/情况说明/图表, export the results.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";

const container = document.getElementById("container");
if (!container) throw new Error("offline.html has no #container element");
createRoot(container).render(<App />);
