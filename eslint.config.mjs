import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The core is host-independent: no Office.js, React, DOM-only or Node I/O imports.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["fs", "node:*", "path", "react", "react-dom", "@fluentui/*", "exceljs", "jszip", "*/adapters/*", "*/taskpane/*", "*/cli/*"] }],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window"],
    },
  },
);
