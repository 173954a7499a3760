// ESLint flat config: the Office add-in conventions (eslint-plugin-office-addins, as used by
// office-addin-lint) on top of ESLint's and typescript-eslint's recommended rules. Formatting is
// Prettier's job (.prettierrc.json; `npm run format`), so eslint-config-prettier turns off the
// stylistic rules that would disagree with it.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "coverage/",
      "test-output/",
      "node_modules/",
      "sources/",
      "src/catalog/generated/",
      "bench/baseline/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "no-eval": "error",
      // Input validation here deliberately matches control characters (JSON, XML, cell text).
      "no-control-regex": "off",
    },
  },
  {
    // The add-in itself: Office.js API usage rules.
    files: ["src/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["test/**/*.ts", "src/**/__tests__/**/*.ts", "bench/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // Node scripts and configs (CommonJS).
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  { files: ["**/*.mjs"], languageOptions: { globals: { ...globals.node } } },
  prettier,
);
