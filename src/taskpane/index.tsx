import { createRoot } from "react-dom/client";
import { App } from "./App";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
// Rendered at once, not inside Office.onReady: the pane must appear even where Office never
// becomes ready (plain browser, blocked office.js); App tracks the host itself.
createRoot(container).render(<App />);
