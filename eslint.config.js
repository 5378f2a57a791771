import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import tseslint from "typescript-eslint";
import importX, { createNodeResolver } from "eslint-plugin-import-x";

/*
 * The direction of imports, enforced: app → features → shared (lib, components, offline) →
 * pipeline → article, text. A layer may import the layers below it, never one above; a
 * feature never imports another feature (what two features share moves down, or app/
 * composes them). Test helpers live in src/testing/, which only tests may import.
 */
const FEATURES = ["article", "library", "read-own", "settings"];
const SHARED = ["src/lib", "src/components", "src/offline"];
const layer = (target, from, message) => ({ target, from, message });
const LAYER_ZONES = [
  layer(
    ["src/article", "src/text"],
    ["src/pipeline", ...SHARED, "src/features", "src/app"],
    "src/article and src/text are the bottom layer: they import nothing else of the app.",
  ),
  layer(
    "src/pipeline",
    [...SHARED, "src/features", "src/app"],
    "The pipeline runs in the build and the browser alike: it imports only src/article and src/text.",
  ),
  layer(
    SHARED,
    ["src/features", "src/app"],
    "Shared code (lib, components, offline) may not import a feature or the app: move the shared part down.",
  ),
  ...FEATURES.map((feature) => ({
    target: `src/features/${feature}`,
    from: "src/features",
    except: [`./${feature}`],
    message:
      "A feature may not import another feature: move what they share down, or compose them in src/app.",
  })),
  layer(
    "src/features",
    "src/app",
    "Features may not import the app: the app composes features, not the other way.",
  ),
];
const TEST_HELPER_ZONE = layer(
  ["src/app", "src/features", ...SHARED, "src/pipeline", "src/article", "src/text"],
  "src/testing",
  "src/testing holds test helpers: only tests may import them.",
);

export default tseslint.config(
  { ignores: ["dist", "public", "coverage", "test-results", "node_modules"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      "react-hooks": reactHooks,
      "react-refresh": reactRefresh,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-refresh/only-export-components": ["warn", { allowConstantExport: true }],
      // Article text is rendered as text, never as HTML: security by construction.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Article text must be rendered as text, never as HTML.",
        },
        {
          selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
          message: "Article text must be rendered as text, never as HTML.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    // The app's imports name no extension (Vite resolves them): the resolver must try .ts/.tsx.
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js"] })],
    },
    rules: { "import-x/no-restricted-paths": ["error", { zones: LAYER_ZONES }] },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.{ts,tsx}", "src/testing/**"],
    plugins: { "import-x": importX },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: [...LAYER_ZONES, TEST_HELPER_ZONE] }],
    },
  },
  {
    // The pipeline runs in the build, the tests and the browser alike: no Node, no DOM.
    files: ["src/pipeline/**/*.ts"],
    ignores: ["src/pipeline/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "path", "react", "react-dom"] },
      ],
    },
  },
);
