import { defineConfig } from "vitest/config";

/** `npm run test:slow`: the OCR accuracy sweep and the full fuzz campaign (minutes, not seconds). */
export default defineConfig({
  test: {
    include: ["test/slow/**/*.test.ts"],
    testTimeout: 600_000,
    pool: "forks",
  },
});
