import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "lib/generated/", ".data/", "next-env.d.ts", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.mjs", "scripts/**", "bench/**"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", globalThis: "readonly", WebAssembly: "readonly" } },
  },
  {
    // Routes and components read through lib/queries and write through server actions → lib/services.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/lib/db", "**/lib/db", "@/lib/prisma-client", "@prisma/*"], message: "Pages and components use lib/queries and lib/services, never the database directly." },
          { group: ["@/lib/generated/prisma/client", "@/lib/generated/prisma/models*"], message: "Use lib/queries; enums may be imported from @/lib/generated/prisma/enums." },
        ],
      }],
    },
  },
);
