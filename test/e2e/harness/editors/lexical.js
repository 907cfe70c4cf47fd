import { createEditor, $getRoot } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { expose } from './common.js';
const editor = createEditor({
  namespace: 'harness',
  nodes: [HeadingNode, QuoteNode],
  onError: (e) => {
    throw e;
  },
});
const field = document.getElementById('field');
editor.setRootElement(field);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
window.editor = editor;
expose({
  root: () => field,
  serialize: () => JSON.stringify(editor.getEditorState().toJSON()),
  text: () =>
    editor
      .getEditorState()
      .read(() => $getRoot().getTextContent())
      .replace(/\n\n/g, '\n'),
});
