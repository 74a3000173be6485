import { writeFileSync } from 'node:fs';
import { generateTypes, generateValidator, loadSchema, typesPath, validatorPath } from './contract-code.ts';

const schema = loadSchema();
writeFileSync(validatorPath, generateValidator(schema));
writeFileSync(typesPath, await generateTypes(schema));
console.log(`Wrote ${validatorPath}\nWrote ${typesPath}`);
