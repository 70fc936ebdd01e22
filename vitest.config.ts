import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The slow tier (whole-document OCR runs) is not part of npm test.
    exclude: [...configDefaults.exclude, "test/slow/**"],
    // CLI tests spawn the real binary on real PDFs; 2-core CI machines need headroom.
    testTimeout: 60_000,
    pool: "forks",
  },
});
