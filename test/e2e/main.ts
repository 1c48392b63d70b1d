/** Entry of the e2e run (bundled and started by scripts/e2e.mjs): every *.e2e.ts, then the tally. */
import "./office-pane.e2e";
import "./browser-file.e2e";
import "./new-user.e2e";
import "./offline-page.e2e";
import { runAll } from "./harness";

void (async () => {
  const { passed, failed } = await runAll(process.env.E2E_FILTER);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
})();
