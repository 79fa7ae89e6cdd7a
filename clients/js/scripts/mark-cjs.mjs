// dist/cjs holds CommonJS files named .js inside a "type": "module"-free package: say so
// explicitly so that Node never guesses, whatever the consumer's own package.json says.
import { writeFileSync } from "node:fs";

writeFileSync(new URL("../dist/cjs/package.json", import.meta.url), '{ "type": "commonjs" }\n');
writeFileSync(new URL("../dist/esm/package.json", import.meta.url), '{ "type": "module" }\n');
