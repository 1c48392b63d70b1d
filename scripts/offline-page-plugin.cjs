// Webpack plugin for dist/offline.html: after minification, puts the compilation's one script
// into the HTML template (before </body>) and emits only that HTML file. The build must give a
// single chunk (LimitChunkCountPlugin maxChunks 1), so the lazily imported .xlsx and Word
// libraries are inside too and nothing is loaded from disk or network later.
"use strict";

const { readFileSync } = require("node:fs");

const NAME = "OfflinePagePlugin";

/** A script's text may not contain "</script" or "<!--" inside an inline <script> element. */
function inlineSafe(code) {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

class OfflinePagePlugin {
  constructor({ template, filename }) {
    this.template = template;
    this.filename = filename;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(this.template);
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
        const scripts = Object.keys(assets).filter((name) => name.endsWith(".js"));
        if (scripts.length !== 1) {
          compilation.errors.push(new WebpackError(`${NAME}: expected one script, got ${scripts.length} (${scripts.join(", ")})`));
          return;
        }
        // The minifier moves license comments to *.LICENSE.txt; the one file keeps them in a /*! */
        // comment at the top of its script (the HTML itself may be minified, comments and all).
        const licenses = Object.keys(assets)
          .filter((name) => name.endsWith(".LICENSE.txt"))
          .map((name) => assets[name].source().toString().replace(/\*\//g, "* /"))
          .join("\n");
        const code = assets[scripts[0]]
          .source()
          .toString()
          .replace(/^\/\*! For license information please see [^*]*\*\/\n?/, "");
        const script = licenses ? `/*! 第三方组件许可：\n${licenses}\n*/\n${code}` : code;
        const html = readFileSync(this.template, "utf8");
        if (!html.includes("</body>")) {
          compilation.errors.push(new WebpackError(`${NAME}: ${this.template} has no </body>`));
          return;
        }
        // A function as replacement: "$&" and the like in the code must stay as they are.
        const page = html.replace("</body>", () => `<script>${inlineSafe(script)}</script>\n  </body>`);
        for (const name of Object.keys(assets)) compilation.deleteAsset(name);
        compilation.emitAsset(this.filename, new sources.RawSource(page));
      });
    });
  }
}

module.exports = { OfflinePagePlugin };
