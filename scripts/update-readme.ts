// Rewrites the generated parts of README.md (rule catalogue, rule examples, profile table).
// Run with: npm run docs
import { readFile, writeFile } from 'node:fs/promises';
import {
  profileTable,
  replaceSection,
  ruleCatalogue,
  ruleExamples,
} from '../src/checker/catalogue';

const path = new URL('../README.md', import.meta.url);
let readme = await readFile(path, 'utf8');
readme = replaceSection(readme, 'rules', ruleCatalogue());
readme = replaceSection(readme, 'rule-examples', ruleExamples());
readme = replaceSection(readme, 'profiles', profileTable());
await writeFile(path, readme);
console.log('Updated the rule catalogue, rule examples and profile table in README.md');
