import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";

const HELPERS = new Set(["formAction", "plainAction"]);
const HELPER_MODULE = "@/lib/actions/define-action";

/**
 * Every export of a "use server" file is a public POST endpoint, so it must be built with
 * lib/actions/define-action.ts (session and permission first, safe form parsing, errors mapped):
 * `export const x = formAction({...})` or `plainAction({...})`. Type exports are fine.
 */
const serverActionHelper = {
  meta: { type: "problem", messages: {
    raw: "A \"use server\" file may export only actions built with formAction/plainAction from @/lib/actions/define-action.",
    inline: "Write server actions in a \"use server\" file with formAction/plainAction, not inline.",
  } },
  create(context) {
    const program = context.sourceCode.ast;
    const isServerFile = program.body.some((node) => node.type === "ExpressionStatement" && node.directive === "use server");
    const imported = new Set();
    const builtWithHelper = (init) =>
      init?.type === "CallExpression" && init.callee.type === "Identifier" && HELPERS.has(init.callee.name) && imported.has(init.callee.name);
    return {
      ImportDeclaration(node) {
        if (node.source.value !== HELPER_MODULE) return;
        for (const spec of node.specifiers) if (spec.type === "ImportSpecifier" && HELPERS.has(spec.imported.name)) imported.add(spec.local.name);
      },
      "FunctionDeclaration > BlockStatement > ExpressionStatement[directive='use server'], ArrowFunctionExpression > BlockStatement > ExpressionStatement[directive='use server'], FunctionExpression > BlockStatement > ExpressionStatement[directive='use server']"(node) {
        context.report({ node, messageId: "inline" });
      },
      "Program:exit"() {
        if (!isServerFile) return;
        for (const node of program.body) {
          if (node.type === "ExportDefaultDeclaration" || node.type === "ExportAllDeclaration") {
            context.report({ node, messageId: "raw" });
          } else if (node.type === "ExportNamedDeclaration" && node.exportKind !== "type") {
            if (node.source || node.specifiers.length > 0) context.report({ node, messageId: "raw" });
            const declaration = node.declaration;
            if (!declaration || declaration.type === "TSTypeAliasDeclaration" || declaration.type === "TSInterfaceDeclaration") continue;
            if (declaration.type !== "VariableDeclaration" || declaration.kind !== "const" || !declaration.declarations.every((d) => builtWithHelper(d.init))) {
              context.report({ node, messageId: "raw" });
            }
          }
        }
      },
    };
  },
};

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
    plugins: { manak: { rules: { "server-action-helper": serverActionHelper } } },
    rules: { "manak/server-action-helper": "error" },
  },
  {
    // Components are handed their actions as props by the route that renders them.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/app/*", "**/app/*"], message: "Components receive server actions as props; they never import from app/." },
          { group: ["@/lib/db", "**/lib/db", "@/lib/prisma-client", "@prisma/*"], message: "Pages and components use lib/queries and lib/services, never the database directly." },
          { group: ["@/lib/generated/prisma/client", "@/lib/generated/prisma/models*"], message: "Use lib/queries; enums may be imported from @/lib/generated/prisma/enums." },
        ],
      }],
    },
  },
  {
    // The read side never calls the write side.
    files: ["lib/queries/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["@/lib/services/*", "**/lib/services/*"], message: "lib/queries reads; it imports nothing from lib/services (move shared read helpers to lib/queries or lib/domain)." }],
      }],
    },
  },
  {
    // Routes and components read through lib/queries and write through server actions → lib/services.
    files: ["app/**/*.{ts,tsx}"],
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
