/**
 * Issue #14: the fuzz soak of the slow tier. The same campaigns as
 * test/slow/fuzz.test.ts, four times as long (12,400 cases: 1,200 PDF, 1,600
 * DOCX, 1,600 text and 8,000 YAML), continuing each campaign's seeded
 * stream past the cases fuzz.test.ts runs. `npm run test:slow`.
 */
process.env.FUZZ_SCALE ??= "4";
await import("./fuzz.test.js");
