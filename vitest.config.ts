import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // CLI tests spawn the real binary on real PDFs; 2-core CI machines need headroom.
    testTimeout: 60_000,
    pool: "forks",
  },
});
