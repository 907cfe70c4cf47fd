import Quill from 'quill';
import 'quill/dist/quill.core.css';
import { expose } from './common.js';
const quill = new Quill('#field', { modules: { history: { delay: 1000, userOnly: true } } });
window.editor = quill;
expose({
  root: () => quill.root,
  serialize: () => quill.getSemanticHTML(),
  text: () => quill.getText().replace(/\n$/, ''),
});
