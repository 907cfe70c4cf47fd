import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { expose } from './common.js';
const editor = new Editor({ element: document.getElementById('field'), extensions: [StarterKit] });
window.editor = editor;
expose({
  root: () => editor.view.dom,
  serialize: () => editor.getHTML(),
  text: () => editor.getText({ blockSeparator: '\n' }),
});
