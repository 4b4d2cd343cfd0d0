// ESLint (typescript-eslint, type-aware) for the library, tests, scripts and benchmarks.
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "docs/**",
      "notebooks/**",
      ".tmp/**",
      "**/*.cjs",
      "**/*.mjs",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // tfjs ops return Tensor<Rank>; asserting the rank (`as tf.Tensor2D`) reads better than
      // the generic type arguments this rule asks for instead.
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Use the seeded generator (src/random)." },
      ],
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-expressions": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
