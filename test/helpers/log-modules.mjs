// `node --import ./test/helpers/log-modules.mjs ...`: appends the URL of every ES module the
// process loads to the file named by $PLAN_MODULE_LOG, to check what a command loads.
import { register } from "node:module";

const hooks = `
import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  if (process.env.PLAN_MODULE_LOG) appendFileSync(process.env.PLAN_MODULE_LOG, url + "\\n");
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
