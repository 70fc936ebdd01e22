/** `plan parse -f json`: the plan model as JSON. */
import type { PlanModel } from "../../model/schema.js";

export default function planJson(plan: PlanModel): string {
  return JSON.stringify(plan, null, 2) + "\n";
}
