// Regenerates schemas/plan.schema.json from the zod model (npm run schema).
import { writeFileSync } from "node:fs";
import { planJsonSchema } from "../dist/model/schema.js";

writeFileSync(
  new URL("../schemas/plan.schema.json", import.meta.url),
  JSON.stringify(planJsonSchema(), null, 2) + "\n",
);
