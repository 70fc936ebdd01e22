import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The slow tier (OCR accuracy sweep, the full fuzz campaign): `npm run test:slow`.
    exclude: ["test/slow/**", "**/node_modules/**"],
    // CLI tests spawn the real binary on real PDFs; 2-core CI machines need headroom.
    testTimeout: 60_000,
    pool: "forks",
  },
});
