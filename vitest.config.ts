import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The slow tier (OCR accuracy sweep, the full fuzz campaign): `npm run test:slow`.
    exclude: ["test/slow/**", "**/node_modules/**"],
    // CLI tests spawn the real binary on real PDFs; 2-core CI machines need headroom.
    testTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one fork on a 2-core machine; most tests wait on a spawned `plan`,
    // so two forks keep both cores busy and `npm test` under 2 minutes (#11).
    poolOptions: { forks: { minForks: 1, maxForks: 2 } },
  },
});
