import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The slow tier (soaks, sweeps) runs with `npm run test:slow`, not in `npm test`.
    exclude: [...configDefaults.exclude, ...(process.env.PLAN_SLOW ? [] : ["test/slow/**"])],
    // CLI tests spawn the real binary on real PDFs; 2-core CI machines need headroom.
    testTimeout: 60_000,
    pool: "forks",
  },
});
