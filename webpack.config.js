// Builds the task pane into dist/ and serves it on https://localhost:3000 for development.
//   npm run build        production bundle: dist/taskpane.html, hashed JS, assets/, manifest.xml,
//                        and dist/offline.html (one self-contained file, see offlinePageConfig)
//   npm run dev-server   HTTPS dev server (certificate: see scripts/dev-certs.cjs)
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: package.json has no
   "type": "module", and webpack-cli loads this file with require(). */

const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { OfflinePagePlugin } = require("./scripts/offline-page-plugin.cjs");

// The manifest's host (ADDIN_HOST in scripts/manifest-checks.ts); `npm run validate` checks that
// every URL in manifest.xml uses it.
const PORT = 3000;

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  /** @type {import("webpack").Configuration} */
  const config = {
    mode: dev ? "development" : "production",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash].js",
      // Only what this build owns: dist/cli.js and dist/check-worker.js (the juesuan bundle and its
      // worker thread) and dist/sample.xlsx (made by `juesuan sample` for npm start and the e2e
      // tests) live in the same folder; offline.html is written by the second configuration of
      // this build, alongside.
      clean: { keep: /^((cli|check-worker)\.js(\.map)?|sample\.xlsx|offline\.html)$/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; the bundle only needs transpiling.
            // tsconfig says noEmit for tsc, so the loader turns emitting back on.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/help.html", to: "help.html" },
        ],
      }),
    ],
    optimization: {
      // React and Fluent change far less often than the add-in: separate chunks stay cached
      // across releases. office.js is not bundled; it comes from Microsoft's CDN.
      // The named groups take only what the pane loads at start ("initial"): a named group with
      // chunks "all" would pull the lazily imported .xlsx reader and the exports (exceljs, ~1 MB)
      // into the vendors chunk every page loads, Office mode included. They stay their own chunks.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "react", priority: 30, chunks: "initial" },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers)[\\/]/, name: "fluent", priority: 20, chunks: "initial" },
          vendors: { test: /[\\/]node_modules[\\/]/, name: "vendors", priority: 10, chunks: "initial" },
        },
      },
    },
    // Fluent UI is big by nature; the task pane is loaded from localhost or an intranet host.
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 1_500_000, maxAssetSize: 1_000_000 },
    devtool: dev ? "eval-cheap-module-source-map" : "source-map",
  };

  if (serving) {
    const { getDevServerHttpsOptions } = require("./scripts/dev-certs.cjs");
    const { ca, cert, key } = await getDevServerHttpsOptions();
    config.devServer = {
      host: "localhost",
      port: PORT,
      server: { type: "https", options: { ca, cert, key } },
      // Office loads the pane in its own web view; it fetches icons and the page cross-origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: true,
      open: false,
      client: { overlay: { warnings: false, errors: true } },
    };
  }

  // The dev server serves the pane only; the offline page is a production artefact.
  return serving ? config : [config, offlinePageConfig(config)];
};

/**
 * dist/offline.html: the pane for WPS users and machines without the add-in, as ONE file opened
 * from disk (file://). Everything in one chunk — React, Fluent, the .xlsx reader and the Word
 * library, which the pane loads lazily — inlined into the HTML; no office.js, no source map.
 */
function offlinePageConfig(pane) {
  return {
    name: "offline",
    mode: pane.mode,
    entry: { offline: "./src/taskpane/offline.tsx" },
    output: { path: pane.output.path, filename: "offline.js", publicPath: "", clean: false },
    resolve: pane.resolve,
    module: pane.module,
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new OfflinePagePlugin({ template: path.resolve(__dirname, "src/taskpane/offline.html"), filename: "offline.html" }),
    ],
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    devtool: false,
  };
}
